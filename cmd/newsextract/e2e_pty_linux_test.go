//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal pair with the Linux ioctls, so the test
// needs no terminal library.
func openPTY() (master, tty *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	var unlock int32
	var n uint32
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		master.Close()
		return nil, nil, err
	}
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		master.Close()
		return nil, nil, err
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	return master, tty, nil
}

func ioctl(f *os.File, req uint, arg unsafe.Pointer) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), uintptr(req), uintptr(arg)); errno != 0 {
		return errno
	}
	return nil
}

// runOnTerminal runs the command with stderr on a pseudo-terminal and
// returns what the terminal received.
func runOnTerminal(t *testing.T, env []string, args ...string) (code int, screen string) {
	t.Helper()
	master, tty, err := openPTY()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer master.Close()
	cmd := exec.Command(binPath, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = tty
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close() // the child holds it now; EOF (EIO) comes when it exits
	var out bytes.Buffer
	io.Copy(&out, master)
	cmd.Wait()
	return cmd.ProcessState.ExitCode(), out.String()
}

// On a terminal, stderr shows a progress line with pages done of the total,
// pages/s and errors; failure lines are red unless NO_COLOR is set.
func TestBinaryProgressOnTerminal(t *testing.T) {
	list := repeatList(t, 100)
	bad := writeFile(t, filepath.Join(t.TempDir(), "empty.html"), "")
	tests := []struct {
		name string
		env  []string
		red  bool
	}{
		{"colour", []string{"NO_COLOR="}, true},
		{"NO_COLOR", []string{"NO_COLOR=1"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, screen := runOnTerminal(t, tc.env, "-j", "2", "-list", list, bad)
			if code != exitFailed {
				t.Errorf("exit %d, want %d", code, exitFailed)
			}
			for _, want := range []string{"\r\x1b[K", "/401 pages, ", " pages/s, ", " errors", "done 400, skipped 0, failed 1"} {
				if !strings.Contains(screen, want) {
					t.Errorf("terminal lacks %q:\n%q", want, screen)
				}
			}
			if red := strings.Contains(screen, "\x1b[31mnewsextract:\x1b[0m "+bad); red != tc.red {
				t.Errorf("red failure line %v, want %v:\n%q", red, tc.red, screen)
			}
		})
	}
}
