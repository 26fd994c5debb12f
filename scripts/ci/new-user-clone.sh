#!/usr/bin/env bash
# A new user's first run, as README's quick start promises it: a clone of HEAD with nothing
# beside it and an empty HOME (no npm cache, no n8n), then `npm test`, then `npm run demo`
# (started, every example checked, stopped), then the demo stopped the ways a process manager,
# an IDE or a dying parent stops it; the clone's git status must stay clean throughout.
set -euo pipefail
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d /tmp/trackstar-new-user.XXXX)
git clone -q "$repo" "$work/repo"
mkdir "$work/home"
cd "$work/repo"
export HOME="$work/home"
echo "Clone of $(git rev-parse --short HEAD) in $work/repo, HOME=$HOME, nothing beside it"

timed() {
	local start=$SECONDS
	"$@"
	echo "[new user] '$*' took $((SECONDS - start)) s"
}

clean() {
	local dirty
	dirty=$(git status --porcelain)
	if [ -n "$dirty" ]; then
		echo "git status is not clean after $1:"
		echo "$dirty"
		exit 1
	fi
	echo "[new user] git status clean after $1"
}

timed npm test -- --ci
clean "npm test"
timed npm run demo -- --check
clean "npm run demo -- --check"
timed npx tsx scripts/demo/stopCheck.ts
clean "stopping the demo"
rm -rf "$work"
