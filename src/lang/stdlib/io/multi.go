package io

// MultiReader returns a Reader of its readers' streams one after the other; it ends with EOF
// after the last one, or earlier on the first other error.
func MultiReader(readers ...Reader) Reader {
	own := make([]Reader, len(readers))
	copy(own, readers)
	return &multiReader{readers: own}
}

type multiReader struct {
	readers []Reader
}

// eofReader stands in for a finished reader, so that it can be let go.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		// a lone nested multiReader is read directly: chains of them do not grow the stack
		if len(mr.readers) == 1 {
			if inner, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = inner.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				err = nil // more input follows
			}
			return n, err
		}
	}
	return 0, EOF
}

func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return mr.copyEachTo(w, make([]byte, copyBufferSize))
}

// copyEachTo copies every reader to w with one shared buffer, dropping each one finished.
func (mr *multiReader) copyEachTo(w Writer, buf []byte) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if inner, ok := r.(*multiReader); ok {
			n, err = inner.copyEachTo(w, buf)
		} else {
			n, err = copyThrough(w, r, buf)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[i:]
			return sum, err
		}
	}
	mr.readers = nil
	return sum, nil
}

// MultiWriter returns a Writer that writes to every one of writers in turn; the first failing
// or short write ends the write with its error (ErrShortWrite for a short one).
func MultiWriter(writers ...Writer) Writer {
	var all []Writer
	for _, w := range writers {
		if inner, ok := w.(*multiWriter); ok {
			all = append(all, inner.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{writers: all}
}

type multiWriter struct {
	writers []Writer
}

func (mw *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range mw.writers {
		if n, err = w.Write(p); err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

func (mw *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte // made once, for the writers without WriteString
	for _, w := range mw.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}
