package feeds

import "net/netip"

// SetAllowDial makes the dial check accept exactly the addresses allow accepts (tests stand
// in for "public" servers on 127.0.0.1 with it).
func SetAllowDial(o *Options, allow func(netip.AddrPort) bool) { o.allowDial = allow }

// ParseFeed exposes the parser for the fuzz test.
func ParseFeed(b []byte) error { _, err := parseFeed(b); return err }

// PlainText exposes title cleaning.
func PlainText(s string) string { return plainText(s) }
