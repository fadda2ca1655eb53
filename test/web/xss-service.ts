// A service whose Render tries every way of running script in the explorer (issue 11, Security):
// raw <script>, <img onerror>, javascript: links (Markdown, autolink, raw HTML), HTML entities.
export const XSS_PATH = 'local.land/me/xss'

export const XSS_FILES = [{
  name: 'xss.go',
  text: `// Package xss renders Markdown that tries to run script in the explorer.
package xss

var visits int

// Visit counts a visit.
func Visit() int {
	visits++
	return visits
}

// Render returns the hostile Markdown.
func Render(path string) string {
	return "# Hostile\\n\\n" +
		"<script>window.__xss = 1; alert('script')</script>\\n\\n" +
		"<img src=x onerror=\\"window.__xss = 2; alert('img')\\">\\n\\n" +
		"[click me](javascript:window.__xss=3;alert('link')) <javascript:alert(4)> [entity](&#106;avascript:alert(5))\\n\\n" +
		"&lt;script&gt;window.__xss = 6&lt;/script&gt; &#60;b&#62;not bold&#60;/b&#62;\\n\\n" +
		"<a href=\\"javascript:alert(7)\\">raw link</a> [a render path](other/page)\\n"
}
`
}]
