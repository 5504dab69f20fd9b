# shellcheck shell=bash
# What scripts/bench and scripts/bench-ab share; sourced, not run.

readonly GNU_TIME=/usr/bin/time

# Median of the numbers on stdin, one per line.
median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) exit 1
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}
