// Package feeds polls RSS, Atom and JSON feeds around the clock and hands each new article
// to a sink (the store, or the work queue of `sitrep worker`).
//
// A Poller keeps every feed's state in a StateStore: conditional GET with the ETag and
// Last-Modified validators of the last answer, one request per host at a time and at most
// one every HostInterval, exponential backoff on errors, time and size limits on feeds and
// article pages, and refusal of private, loopback and link-local addresses unless
// AllowPrivate is set. The address check runs on the IP actually dialled (net.Dialer's
// Control hook), so neither DNS rebinding nor a redirect can reach an internal service.
package feeds
