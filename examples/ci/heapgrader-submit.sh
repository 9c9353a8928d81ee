#!/usr/bin/env bash
# Sends a course repository's answers to HeapGrader's batch endpoint, prints a readable summary, saves JUnit XML,
# and fails below a minimum score. Needs bash, curl and python3 (all on GitHub's runners).
#
#   HEAPGRADER_URL        the service, e.g. https://heapgrader.example.edu          (required)
#   HEAPGRADER_COURSE     the course slug, e.g. memory-101                          (required)
#   HEAPGRADER_TOKEN      the course's CI token (keep it in a CI secret)            (required)
#   HEAPGRADER_STUDENT    the student these answers belong to                      (default: $GITHUB_ACTOR)
#   HEAPGRADER_ANSWERS    folder with one <exercise-id>.py per exercise            (default: answers)
#   HEAPGRADER_MIN_SCORE  the lowest passing total, in percent of the maximum      (default: 60)
#   HEAPGRADER_JUNIT      where to save the JUnit XML                              (default: heapgrader-junit.xml)
#
# The commit is the Idempotency-Key, so re-running a job for the same commit stores nothing new.
set -euo pipefail

: "${HEAPGRADER_URL:?set HEAPGRADER_URL}"
: "${HEAPGRADER_COURSE:?set HEAPGRADER_COURSE}"
: "${HEAPGRADER_TOKEN:?set HEAPGRADER_TOKEN to the CI token of the course}"
student=${HEAPGRADER_STUDENT:-${GITHUB_ACTOR:-}}
answers=${HEAPGRADER_ANSWERS:-answers}
min_score=${HEAPGRADER_MIN_SCORE:-60}
junit=${HEAPGRADER_JUNIT:-heapgrader-junit.xml}
commit=${GITHUB_SHA:-$(git rev-parse HEAD 2>/dev/null || date +%s)}
key="ci-${commit}-${student}"

[ -n "$student" ] || { echo "set HEAPGRADER_STUDENT (the student's name in the course)" >&2; exit 2; }
[ -d "$answers" ] || { echo "no answers folder '$answers'" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The batch request: {"student": ..., "submissions": [{"exercise": <file name>, "source": <file text>}, ...]}
python3 - "$student" "$answers" > "$work/batch.json" <<'PY'
import json, pathlib, sys
student, folder = sys.argv[1], pathlib.Path(sys.argv[2])
files = sorted(folder.glob("*.py"))
if not files:
    sys.exit(f"no *.py answers in {folder}")
print(json.dumps({"student": student,
                  "submissions": [{"exercise": f.stem, "source": f.read_text(encoding="utf-8")} for f in files]}))
PY

endpoint="${HEAPGRADER_URL%/}/api/v1/courses/${HEAPGRADER_COURSE}/batches"
send() { # $1: Accept, $2: output file; prints the HTTP status
    curl --silent --show-error --retry 3 --retry-all-errors --max-time 120 \
        --output "$2" --write-out '%{http_code}' \
        -H "Authorization: Bearer ${HEAPGRADER_TOKEN}" -H "Content-Type: application/json" \
        -H "Accept: $1" -H "Idempotency-Key: ${key}" \
        --data-binary "@$work/batch.json" "$endpoint"
}

status=$(send application/json "$work/result.json")
if [ "$status" != "200" ]; then
    echo "HeapGrader answered HTTP $status:" >&2
    cat "$work/result.json" >&2
    echo >&2
    exit 1
fi
# The same request again, as JUnit XML: the key makes it a replay that stores nothing.
send application/xml "$junit" > /dev/null

python3 - "$work/result.json" "$min_score" <<'PY'
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
minimum = float(sys.argv[2])
print(f"HeapGrader results for {result['student']}")
for item in result["results"]:
    submission = item.get("submission")
    if submission is None:
        print(f"  {item['exercise']:<20} refused (HTTP {item['status']}): {item['error']}")
        continue
    grade = submission["grade"]
    late = f"  ({grade['lateDays']} days late, -{grade['penaltyPercent']}%)" if grade["lateDays"] else ""
    print(f"  {item['exercise']:<20} {grade['finalScore']:6.2f} / {grade['maxScore']:.2f}{late}")
    for check in grade["checks"]:
        if check.get("hidden"):
            print(f"      HIDDEN {check['title']} (result withheld)")
            continue
        mark = "PASS" if check["passed"] else "FAIL"
        print(f"      {mark} {check['title']}" + ("" if check["passed"] else f": {check['feedback']}"))
total, maximum = result["total"], result["maxTotal"]
percent = 100.0 * total / maximum if maximum else 0.0
print(f"Total: {total:.2f} / {maximum:.2f} ({percent:.1f}%), minimum {minimum:.0f}%")
sys.exit(0 if percent >= minimum else 1)
PY
