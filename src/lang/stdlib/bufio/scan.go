package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// SplitFunc cuts the next token from data: how far to advance, the token (nil: none yet, read
// more), or an error that stops the scan. atEOF says no more data will come.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	// ErrFinalToken, returned by a SplitFunc, makes its token the last one, without an error.
	ErrFinalToken = errors.New("final token")
)

// MaxScanTokenSize is the default largest token a Scanner accepts.
const MaxScanTokenSize = 64 * 1024

const firstScanBufSize = 4096

// Scanner reads tokens (lines by default) from an io.Reader. buf[start:end] holds the bytes read
// and not tokenized yet.
type Scanner struct {
	r          io.Reader
	split      SplitFunc
	maxSize    int
	token      []byte
	buf        []byte
	start, end int
	err        error // the first error (io.EOF at the end of the input)
	emptyRuns  int   // empty tokens in a row without advancing
	started    bool  // Scan was called: Buffer and Split may no longer be
	done       bool
}

// NewScanner gives a Scanner of lines of r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxSize: MaxScanTokenSize}
}

// Err gives the first error of the scan, nil at the end of the input.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes gives the last token, in the Scanner's buffer (overwritten by the next Scan).
func (s *Scanner) Bytes() []byte { return s.token }

// Text gives the last token as a string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the first buffer (its whole capacity is used) and the largest token size.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxSize = max
}

// Split sets the split function.
func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

func (s *Scanner) fail(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Scan moves to the next token; false at the end of the input or on an error.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.started = true
	for {
		if s.end > s.start || s.err != nil {
			adv, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return true
				}
				s.fail(err)
				return false
			}
			if adv < 0 {
				s.fail(ErrNegativeAdvance)
				return false
			}
			if adv > s.end-s.start {
				s.fail(ErrAdvanceTooFar)
				return false
			}
			s.start += adv
			s.token = token
			if token != nil {
				if s.err == nil || adv > 0 {
					s.emptyRuns = 0
				} else {
					s.emptyRuns++
					if s.emptyRuns > emptyReadLimit {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if !s.readMore() {
			return false
		}
	}
}

// readMore makes room (moving the data to the front or growing the buffer up to maxSize) and
// reads once; false when the token cannot grow any more.
func (s *Scanner) readMore() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.maxSize || len(s.buf) > int(^uint(0)>>2) {
			s.fail(ErrTooLong)
			return false
		}
		size := len(s.buf) * 2
		if size == 0 {
			size = firstScanBufSize
		}
		if size > s.maxSize {
			size = s.maxSize
		}
		grown := make([]byte, size)
		copy(grown, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
		s.buf = grown
	}
	for empty := 0; ; {
		n, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if n < 0 || len(s.buf)-s.end < n {
			s.fail(ErrBadReadCount)
			return true
		}
		s.end += n
		if err != nil {
			s.fail(err)
			return true
		}
		if n > 0 {
			s.emptyRuns = 0
			return true
		}
		empty++
		if empty > emptyReadLimit {
			s.fail(io.ErrNoProgress)
			return true
		}
	}
}

// ScanBytes gives each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// ScanRunes gives each UTF-8 character as a token; a bad byte gives the encoding of U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, size := utf8.DecodeRune(data)
	if size > 1 {
		return size, data[0:size], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

// ScanLines gives each line without its "\n" and a "\r" before it; the last line may lack "\n".
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, withoutCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

func withoutCR(line []byte) []byte {
	if len(line) > 0 && line[len(line)-1] == '\r' {
		return line[:len(line)-1]
	}
	return line
}

// isSpace is unicode.IsSpace: the Latin-1 spaces and the Unicode White_Space set.
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// ScanWords gives each run of non-space characters; spaces are unicode.IsSpace.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	begin := 0
	for begin < len(data) {
		r, size := utf8.DecodeRune(data[begin:])
		if !isSpace(r) {
			break
		}
		begin += size
	}
	for i := begin; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + size, data[begin:i], nil
		}
		i += size
	}
	if atEOF && len(data) > begin {
		return len(data), data[begin:], nil
	}
	return begin, nil, nil
}
