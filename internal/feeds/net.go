package feeds

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ErrPrivateAddress is wrapped by the error of a request to a private, loopback,
// link-local or otherwise internal address while AllowPrivate is off.
var ErrPrivateAddress = errors.New("refused: private or internal network address")

var blockedPrefixes = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
		"192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
		"224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "64:ff9b::/96", "100::/64", "2001:db8::/32",
		"fc00::/7", "fe80::/10", "ff00::/8",
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

// PublicAddress reports whether ip is a globally routable unicast address (not private,
// loopback, link-local, CGNAT, documentation, multicast or unspecified; IPv4-mapped IPv6
// addresses are judged as IPv4).
func PublicAddress(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.Zone() != "" {
		return false
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// dialControl refuses connections to non-public addresses; it runs on the address
// actually dialled, after DNS resolution, so rebinding a name cannot get around it.
func dialControl(allow func(netip.AddrPort) bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: cannot parse %q", ErrPrivateAddress, address)
		}
		if allow != nil {
			if allow(ap) {
				return nil
			}
		} else if PublicAddress(ap.Addr()) {
			return nil
		}
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
	}
}

// hostGate spaces requests to each host: one at a time, at least interval apart.
type hostGate struct {
	interval time.Duration
	mu       sync.Mutex
	hosts    map[string]*hostSlot
}

type hostSlot struct {
	mu   sync.Mutex
	last time.Time
}

func (g *hostGate) wait(ctx context.Context, host string) (release func(), err error) {
	g.mu.Lock()
	if g.hosts == nil {
		g.hosts = map[string]*hostSlot{}
	}
	s := g.hosts[host]
	if s == nil {
		s = &hostSlot{}
		g.hosts[host] = s
	}
	g.mu.Unlock()
	// The slot lock is held while waiting, so requests to a host queue up in turn.
	locked := make(chan struct{})
	go func() { s.mu.Lock(); close(locked) }()
	select {
	case <-locked:
	case <-ctx.Done():
		go func() { <-locked; s.mu.Unlock() }()
		return nil, ctx.Err()
	}
	if d := time.Until(s.last.Add(g.interval)); d > 0 {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			s.mu.Unlock()
			return nil, ctx.Err()
		}
	}
	return func() { s.last = time.Now(); s.mu.Unlock() }, nil
}

// politeTransport passes every request (redirects included) through the host gate.
type politeTransport struct {
	gate *hostGate
	base http.RoundTripper
}

func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	release, err := t.gate.wait(req.Context(), strings.ToLower(req.URL.Host))
	if err != nil {
		return nil, err
	}
	defer release()
	return t.base.RoundTrip(req)
}

// newClient builds the HTTP client of a poller: no proxy (the address check must see the
// real peer), the dial check, timeouts, at most 5 redirects to http(s) URLs.
func newClient(opt *Options) *http.Client {
	var allow func(netip.AddrPort) bool
	if opt.AllowPrivate {
		allow = func(netip.AddrPort) bool { return true }
	}
	if opt.allowDial != nil {
		allow = opt.allowDial
	}
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: dialControl(allow)}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           64,
		MaxIdleConnsPerHost:    2,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  opt.Timeout,
		MaxResponseHeaderBytes: 64 << 10,
	}
	return &http.Client{
		Transport: &politeTransport{gate: &hostGate{interval: opt.HostInterval}, base: tr},
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("stopped after 5 redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s: URL refused", req.URL.Scheme)
			}
			return nil
		},
	}
}
