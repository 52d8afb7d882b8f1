package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"io"
)

// memberReader decompresses a gzipped WARC as one stream, whether it holds
// one gzip member per record (the standard layout) or one member for the
// whole file (a WARC gzipped after the fact). gowarc reads a gzip member
// as one record and discards the rest of the member, so it would silently
// return only the first record of the second kind. memberReader also
// remembers where each member starts, so a record can still be located by
// the compressed offset of its member.
type memberReader struct {
	src     *countingReader
	zr      *gzip.Reader
	out     int64         // decompressed bytes returned so far
	members []memberStart // members not yet looked up, oldest first
	err     error
}

// memberStart pairs a member's offset in the decompressed stream with its
// offset in the file.
type memberStart struct {
	decompressed, compressed int64
}

func newMemberReader(r *bufio.Reader) *memberReader {
	return &memberReader{src: &countingReader{r: r}}
}

func (m *memberReader) Read(p []byte) (int, error) {
	for m.err == nil {
		if m.zr == nil {
			m.err = m.nextMember()
			continue
		}
		n, err := m.zr.Read(p)
		m.out += int64(n)
		if errors.Is(err, io.EOF) {
			m.zr.Close()
			m.zr = nil
			err = nil
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
	return 0, m.err
}

// nextMember starts the next gzip member, or reports io.EOF at the clean
// end of the file.
func (m *memberReader) nextMember() error {
	if _, err := m.src.r.Peek(1); err != nil {
		return err
	}
	m.members = append(m.members, memberStart{decompressed: m.out, compressed: m.src.n})
	zr, err := gzip.NewReader(m.src)
	if err != nil {
		return err
	}
	zr.Multistream(false)
	m.zr = zr
	return nil
}

// compressedOffset returns the file offset of the member holding the byte
// at decompressed offset off. Offsets must be asked for in increasing
// order; members before off are forgotten.
func (m *memberReader) compressedOffset(off int64) int64 {
	for len(m.members) > 1 && m.members[1].decompressed <= off {
		m.members = m.members[1:]
	}
	if len(m.members) == 0 {
		return 0
	}
	return m.members[0].compressed
}

// countingReader counts the bytes gzip consumes. It is an io.ByteReader,
// so gzip reads exactly up to the end of each member and the count is the
// next member's offset.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}
