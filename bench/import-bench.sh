#!/bin/sh
# The member import benchmark (issue 17, goal 1): for each size, an .xlsx of fictional people is uploaded, checked and
# confirmed through MemberImport into a new cell of Mỹ Thới, on the test profile's embedded PostgreSQL; the same number
# of members COPYed straight into member, member_status_change and member_transfer (indexes and triggers, rolled back)
# is measured first in the same JVM, as the yardstick. Prints one line per phase and the ratio; see docs/performance.md.
#   bench/import-bench.sh [rows...]        (default: 10000 20000; the import refuses files above 20,000 rows)
set -e
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 10000 20000
for rows in "$@"; do
  ./mvnw -q -B -ntp test -Dtest=MemberImportBenchmark -Drows="$rows" -Dsurefire.failIfNoSpecifiedTests=false \
    | grep -E "rows \(|COPY of"
done
