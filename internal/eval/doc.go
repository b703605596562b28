// Package eval scores extraction against a hand-made gold file (spec/gold.md): it loads and
// validates the gold, pairs gold and found documents, matches events, and reports precision,
// recall, F1, per-field accuracy, entity recall, cleaning checks, forbidden violations and a
// calibration table (found events by confidence band, with the share matched to a gold event;
// exempt verbal events left out).
//
// Choices where spec/gold.md leaves room:
//
//   - Documents are paired by title (equal after folding case and punctuation, else one contains
//     the other, else at least 60% word overlap), each found document used once, in gold order;
//     a gold document left unpaired takes the found document at its own position when both lists
//     have the same length. Run extracts once per distinct gold `published` value.
//   - Events: a gold event matches a found event when every stated check agrees. One found event
//     matches at most one gold event: a maximum bipartite matching (augmenting paths) that places
//     required gold events first, so it also maximises recall.
//   - Precision = matched found events / (matched + false positives). Matches to optional gold
//     events count as true positives. An unmatched found event of a verbal type (VerbalTypes) is
//     exempt, neither true nor false, when its document has an optional gold event listing that
//     type. Recall = matched required gold events / required gold events. Ratios with a zero
//     denominator are n/a (null in JSON); F1 is 0 when nothing was found and something was required.
//   - "required" defaults to true when absent. Unknown JSON fields are errors (a misspelt check
//     would otherwise be skipped silently); "note" is accepted on the file, documents and events.
//   - Per-field accuracy: a match needs every stated field, so accuracy over matched events would
//     always be 1. Instead, for each required gold event we take its matched found event or, when
//     missed, its best candidate: the found event of the same document agreeing on the most stated
//     checks (ties: type agrees, then earliest). For each field (Fields) we report the share of
//     required gold events stating it whose candidate agrees on all of that field's checks. A
//     document with no events, or not found, disagrees on everything.
//   - sources_any/targets_any: an actor's text or name contains the gold string after folding
//     case, typographic quotes/dashes and spacing. Countries compare ignoring case.
//   - location.name: SamePlace: PlaceKey skeletons (diacritics, case, hyphens, spaces,
//     apostrophes, Arabic article, doubled letters, common transliteration pairs) are equal, or
//     one contains the other when both have at least 4 letters. A null found location disagrees.
//   - date: equal, or the gold value is a year or month that the found value lies in; a found
//     value wider than the gold one does not match.
//   - counts and killed_must_be_one_of: null equals only null. An empty found modality reads as
//     "asserted".
//   - forbidden killed_in without with_date_precision applies to every event.
//   - Cleaning: each must_not_contain_lines entry is one check (no line of the clean text equals
//     it after trimming); caption_once is one check (exactly one occurrence, spacing collapsed).
//   - Entity recall: a gold [text, label] is found when an entity with that label has the same
//     text ignoring case, spacing, typographic quotes and a leading "The ".
package eval
