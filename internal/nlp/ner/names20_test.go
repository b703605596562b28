package ner_test

import "testing"

// TestListedDivisions20 checks that a place name with "and" inside it is split before a plural
// division noun ("the Ashanti, Central and Western regions": not Hong Kong's Central and
// Western district), and that a name with "and" before no such noun stays one ("Bosnia and
// Herzegovina").
func TestListedDivisions20(t *testing.T) {
	checkNames(t, []nameCase{
		{"Illegal mining has spread through the Ashanti, Central and Western regions of Ghana.", "Central", "GPE"},
		{"Illegal mining has spread through the Ashanti, Central and Western regions of Ghana.", "Western", "GPE"},
		{"Voters in Bosnia and Herzegovina went to the polls on Sunday.", "Bosnia and Herzegovina", "GPE"},
	})
}
