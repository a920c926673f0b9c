#!/usr/bin/env bash
# Drives the real ppid binary in tmux, as a person at the prompt would: typing, Tab, Up,
# Ctrl-C, Ctrl-D, two sessions on one journal. Usage: Tests/tmux/run.sh PATH/TO/ppid
# Each check waits for the text it expects (polling, with a timeout) instead of sleeping.
# A private tmux server (its own socket), HOME in a temporary folder.
set -u
if [ $# -lt 1 ] || [ ! -x "$1" ]; then echo "usage: $0 PATH/TO/ppid" >&2; exit 64; fi
command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 69; }
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DIR=$(mktemp -d /tmp/ppid-tmux.XXXXXX)
SOCK="$DIR/sock"
PASS=0
FAIL=0
trap 'tmux -S "$SOCK" kill-server 2>/dev/null; rm -rf "$DIR"' EXIT

T() { tmux -S "$SOCK" "$@"; }

# start NAME COMMAND...: a 100x30 window running COMMAND in $DIR, printing EXIT=code after.
start() {
  local name=$1; shift
  T -f /dev/null new-session -d -s "$name" -x 100 -y 30 \
    "cd '$DIR' && env LANG=C.UTF-8 HOME='$DIR' PAGER=cat $*; echo EXIT=\$?"
  T set-option -t "$name" remain-on-exit on >/dev/null
}

screen() { T capture-pane -p -J -t "$1" -S -300 2>/dev/null; }

# wait_for NAME TEXT [SECONDS]: true once TEXT (fixed string) is on NAME's screen.
wait_for() {
  local name=$1 text=$2 limit=${3:-10} i=0
  while [ "$i" -lt $((limit * 20)) ]; do
    if screen "$name" | grep -qF -- "$text"; then return 0; fi
    sleep 0.05; i=$((i + 1))
  done
  return 1
}

# wait_last NAME TEXT [SECONDS]: true once the last non-empty screen line is exactly TEXT.
wait_last() {
  local name=$1 text=$2 limit=${3:-10} i=0
  while [ "$i" -lt $((limit * 20)) ]; do
    if [ "$(screen "$name" | grep -v '^$' | tail -1 | sed 's/ *$//')" = "$text" ]; then return 0; fi
    sleep 0.05; i=$((i + 1))
  done
  return 1
}
check_last() { # check_last DESCRIPTION NAME TEXT
  if wait_last "$2" "$3" 10; then ok "$1"; else not_ok "$1 (the last line should be: $3)" "$2"; fi
}

# count NAME LINE: how many screen lines are exactly LINE.
count_lines() { screen "$1" | grep -cxF -- "$2"; }

ok() { PASS=$((PASS + 1)); echo "ok   - $1"; }
not_ok() {
  FAIL=$((FAIL + 1)); echo "FAIL - $1"
  [ -n "${2:-}" ] && { echo "  ---- screen of $2 ----"; screen "$2" | grep -v '^$' | tail -25 | sed 's/^/  | /'; }
}
check() { # check DESCRIPTION NAME TEXT [SECONDS]
  if wait_for "$2" "$3" "${4:-10}"; then ok "$1"; else not_ok "$1 (waited for: $3)" "$2"; fi
}
type_line() { T send-keys -t "$1" -l -- "$2"; T send-keys -t "$1" Enter; }
quit() { T send-keys -t "$1" C-d; wait_for "$1" "EXIT=" 10 >/dev/null; }

# --- A scratch session: multi-line input, Tab, Up, Ctrl-C, :save ---------------------
start s "'$BIN'"
check "banner names a scratch session" s "scratch session"
check "prompt" s "ppid> "
type_line s 'at 2024-04-01T09:00'
type_line s 'unit kul "Subbagian Keuangan"'
type_line s 'info lapkeu_2023 "Laporan Keuangan 2023" {'
check "an open block asks for more with ...>" s "...> "
type_line s '  holder kul'
type_line s '}'
type_line s 'print "declared", lapkeu_2023.holder'
check "a multi-line statement runs when its block closes" s "declared kul"

T send-keys -t s -l 'classify lapk'
T send-keys -t s Tab
check "Tab completes a declared name" s "ppid> classify lapkeu_2023 "
T send-keys -t s -l 'as berkala'
T send-keys -t s Enter
type_line s 'print "class:", lapkeu_2023.class'
check "the completed statement ran" s "class: berkala"

type_line s 'print "recall" + "ed"'
check "an expression prints" s "recalled"
T send-keys -t s Up
check_last "Up recalls the last entry" s 'ppid> print "recall" + "ed"'
T send-keys -t s Up
check_last "Up again goes further back" s 'ppid> print "class:", lapkeu_2023.class'
T send-keys -t s Down
check_last "Down comes back" s 'ppid> print "recall" + "ed"'
T send-keys -t s Enter
if wait_for s "recalled" 5 && [ "$(count_lines s recalled)" -ge 2 ]; then ok "a recalled entry runs again"; else not_ok "a recalled entry runs again" s; fi

T send-keys -t s -l 'print "dropped-input"'
wait_for s 'ppid> print "dropped-input"' 5 >/dev/null
T send-keys -t s C-c
type_line s 'print "after-ctrl-c"'
check "Ctrl-C drops the typed line" s "after-ctrl-c"
if [ "$(count_lines s dropped-input)" -eq 0 ]; then ok "the dropped line did not run"; else not_ok "the dropped line did not run" s; fi

type_line s 'info half "Setengah" {'
wait_for s "...> " 5 >/dev/null
T send-keys -t s C-c
type_line s 'print exists("half")'
check "Ctrl-C drops an unfinished multi-line statement" s "false"

type_line s 'let n = 0'
type_line s 'for a in 2000-01-01..2099-12-31 { for b in 2000-01-01..2099-12-31 { n = n + 1 } }'
sleep 0.3
T send-keys -t s C-c
check "Ctrl-C interrupts a running statement" s "interrupted"
type_line s 'print "n is", n'
check "the interrupted statement changed nothing" s "n is 0"

type_line s 'let big = []'
type_line s 'for a in 2000-01-01..2099-12-31 { for b in 2000-01-01..2000-03-01 { big = big + [a, b] } }'
sleep 0.5
T send-keys -t s C-c
# The screen already shows the first loop's "interrupted": wait for a second one (a loaded
# machine may take a few seconds to reach the loop's next check).
interrupted_twice=false
for _ in $(seq 1 50); do
  if [ "$(screen s | grep -c interrupted)" -ge 2 ]; then interrupted_twice=true; break; fi
  sleep 0.2
done
if $interrupted_twice; then ok "Ctrl-C interrupts a loop building a list"; else not_ok "Ctrl-C interrupts a loop building a list" s; fi
type_line s 'print "big has", len(big)'
check "the interrupted list is taken back" s "big has 0"

type_line s 'print "digest:", digest()'
wait_for s "digest: " 5 >/dev/null
type_line s ':save saved.ppid'
check ":save writes the session" s "saved "
SESSION_DIGEST=$(screen s | sed -n 's/^digest: \([0-9a-f]\{64\}\)$/\1/p' | tail -1)
quit s
check "Ctrl-D leaves cleanly" s "EXIT=0"
RUN_DIGEST=$(cd "$DIR" && printf 'print digest()\n' | "$BIN" run saved.ppid - 2>&1)
if [ -n "$SESSION_DIGEST" ] && [ "$SESSION_DIGEST" = "$RUN_DIGEST" ]; then ok "ppid run of the saved session gives the session's digest"
else not_ok "ppid run of the saved session gives the session's digest ($SESSION_DIGEST vs $RUN_DIGEST)"; fi
if grep -q 'print "recall" + "ed"' "$DIR/.ppid_history"; then ok "history is written to ~/.ppid_history"; else not_ok "history is written to ~/.ppid_history"; fi

# --- History survives the session -------------------------------------------------------
start h "'$BIN' --no-init"
check "a second session starts" h "ppid> "
T send-keys -t h Up
check_last "Up recalls an entry of the previous session" h 'ppid> :save saved.ppid'
T send-keys -t h C-u
quit h

# --- A workspace journal persists across sessions ---------------------------------------
start j1 "'$BIN' kantor.ppid"
check "a new journal opens" j1 "kantor.ppid (new)"
type_line j1 'at 2024-04-01T09:00'
type_line j1 'unit kul "Keuangan"'
type_line j1 'role ppid "PPID"'
type_line j1 'staff sri "Sri" { roles ppid; unit kul }'
type_line j1 'show units'
check "statements run in the workspace" j1 "Keuangan"
quit j1
if grep -qx 'unit kul "Keuangan"' "$DIR/kantor.ppid" && ! grep -q 'show units' "$DIR/kantor.ppid"; then ok "state-changing statements are in the journal, queries are not"
else not_ok "state-changing statements are in the journal, queries are not"; fi
start j2 "'$BIN' kantor.ppid"
check "the journal is replayed on open" j2 "journal: 4 statements, replayed in"
type_line j2 'print "units:", count(units)'
check "the replayed state is there" j2 "units: 1"
type_line j2 'unit tph "Teknis"'
quit j2

# --- Two sessions append to one journal -------------------------------------------------
start a "'$BIN' kantor.ppid"
start b "'$BIN' kantor.ppid"
check "session A opens" a "ppid> "
check "session B opens" b "ppid> "
type_line a 'unit pdi "Data dan Informasi"'
wait_for a "ppid> unit pdi" 5 >/dev/null
type_line b 'print "B sees:", exists("pdi")'
check "B replays what A appended before its entry" b "B sees: true"
type_line b 'unit phs "Partisipasi"'
wait_for b 'ppid> unit phs' 5 >/dev/null
type_line a 'print "A sees:", count(units)'
check "A replays what B appended" a "A sees: 4"
type_line a 'unit phs "again"'
check "a duplicate from the other session is refused" a "already declared"
quit a
quit b
if (cd "$DIR" && "$BIN" run kantor.ppid >/dev/null 2>&1) && [ "$(grep -c '^unit ' "$DIR/kantor.ppid")" -eq 4 ]; then ok "the shared journal replays with both sessions' statements"
else not_ok "the shared journal replays with both sessions' statements"; fi

# --- Accountable actors: no inherited actor, --as, two sessions keep their own -----------
cat > "$DIR/aktor.ppid" <<'EOF'
role ppid "PPID"
role atasan "Atasan PPID"
staff sri "Sri Wahyuni" { roles ppid }
staff masykur "Masykur" { roles atasan }
sop setuju "Persetujuan" { step 1 "Menyetujui" { by ppid, atasan } }
at 2025-03-03T08:00
as sri
start setuju as r1
EOF
start n "'$BIN' aktor.ppid"
check "the journal's last actor is not inherited: the banner says how to set one" n 'actor: none — use `as NAME` or start with `ppid --as NAME`'
type_line n 'complete r1'
check "a change with no actor is refused" n "no actor is set"
quit n
start x "'$BIN' --as sri aktor.ppid"
start y "'$BIN' aktor.ppid"
check "--as sets the actor, and the banner says so" x "actor: sri (Sri Wahyuni, ppid) — from --as"
check "the other session opens" y "ppid> "
type_line y 'as masykur'
wait_for y "ppid> as masykur" 5 >/dev/null
type_line y 'print "y is", count(staff)'
check "the other session acts as masykur" y "y is 2"
type_line x 'complete r1'
check "this session replays the other's as" x "appended by another session replayed"
type_line x ':status'
check ":status still names this session's own actor" x "actor: sri (Sri Wahyuni, ppid) — from --as"
quit x
quit y
if [ "$(cd "$DIR" && "$BIN" -e 'print steps[1].actor' aktor.ppid 2>&1)" = "sri" ]; then ok "the journal records the step as sri's, not as the other session's actor"
else not_ok "the journal records the step as sri's, not as the other session's actor"; fi

# --- A torn journal is reported, then repaired ------------------------------------------
printf 'classify lapkeu_2023 as dikecualikan {\n  basis "Pasal 17' >> "$DIR/kantor.ppid"
start t1 "'$BIN' kantor.ppid"
check "a torn journal is reported with its position" t1 "error: the journal ends with a torn statement"
check "and is not opened" t1 "EXIT=65"
start r "'$BIN' repair kantor.ppid"
check "ppid repair moves the torn text aside" r "to kantor.ppid.torn"
check "and the journal replays again" r "EXIT=0"
if grep -q 'basis "Pasal 17' "$DIR/kantor.ppid.torn" && ! grep -q 'Pasal 17' "$DIR/kantor.ppid"; then ok "the torn text is in FILE.torn, not in the journal"
else not_ok "the torn text is in FILE.torn, not in the journal"; fi
start t2 "'$BIN' kantor.ppid"
check "the repaired journal opens" t2 "ppid> "
quit t2

# --- The prompt's rough edges ------------------------------------------------------------
# A new journal: the wall clock is not journaled before the officer's own first `at`.
start w "'$BIN' baru.ppid"
check "a new journal opens (wall clock)" w "baru.ppid (new)"
check "the banner shows the wall clock without setting it" w "clock: not set — \`at now\` sets it to the wall clock"
type_line w 'unit kul "Keuangan"'
type_line w 'show units'
check "a statement runs before any at" w "Keuangan"
type_line w 'at 2024-04-01T09:00'
type_line w 'role ppid "PPID"'
type_line w 'print "digest:", digest()'
wait_for w "digest: " 5 >/dev/null
if [ "$(screen w | grep -c 'cannot go back')" -eq 0 ]; then ok "a first at DATE after other statements is accepted"; else not_ok "a first at DATE after other statements is accepted" w; fi
W_DIGEST=$(screen w | sed -n 's/^digest: \([0-9a-f]\{64\}\)$/\1/p' | tail -1)
quit w
if [ "$(grep -c '^at ' "$DIR/baru.ppid")" -eq 1 ] && grep -qx 'at 2024-04-01T09:00' "$DIR/baru.ppid"; then ok "the journal holds only the at the officer typed"
else not_ok "the journal holds only the at the officer typed ($(tr '\n' '|' < "$DIR/baru.ppid"))"; fi
W_RUN=$(cd "$DIR" && printf 'print digest()\n' | "$BIN" run baru.ppid - 2>&1)
if [ -n "$W_DIGEST" ] && [ "$W_DIGEST" = "$W_RUN" ]; then ok "replaying the new journal gives the session's digest"
else not_ok "replaying the new journal gives the session's digest ($W_DIGEST vs $W_RUN)"; fi

# Non-ASCII input without a UTF-8 locale in the environment.
start u1 "env -u LANG -u LC_ALL -u LC_CTYPE '$BIN'"
check "a session starts without LANG" u1 "ppid> "
type_line u1 'print "André — Pasal 17"'
if wait_for u1 "André — Pasal 17" 5 && screen u1 | grep -qx 'André — Pasal 17'; then ok "non-ASCII input is kept without LANG/LC_ALL/LC_CTYPE"; else not_ok "non-ASCII input is kept without LANG/LC_ALL/LC_CTYPE" u1; fi
quit u1
start u2 "env -u LC_ALL -u LC_CTYPE LANG=C '$BIN'"
check "a session starts with LANG=C" u2 "ppid> "
type_line u2 'print "André — Pasal 17"'
if wait_for u2 "André — Pasal 17" 5 && screen u2 | grep -qx 'André — Pasal 17'; then ok "non-ASCII input is kept with LANG=C"; else not_ok "non-ASCII input is kept with LANG=C" u2; fi
quit u2

# An Indonesian locale: the banner and the status line are in Indonesian (LC_MESSAGES and
# LC_ALL unset, so LANG decides).
start li "env -u LC_ALL -u LC_MESSAGES LANG=id_ID.UTF-8 '$BIN'"
check "the banner is Indonesian with LANG=id_ID.UTF-8" li "belum ada kantor yang dideklarasikan — sesi sementara (:save BERKAS menyimpannya)"
check "the status line is Indonesian too" li ":help untuk bantuan"
type_line li 'classify nothing as berkala'
check "a failed statement says so in Indonesian" li "tidak ada yang diubah"
quit li

# A typo inside a multi-line block: the block goes on to its close, reported once.
start m "'$BIN'"
check "a session for a multi-line typo" m "ppid> "
type_line m 'unit kul "Keuangan"'
type_line m 'info x "Laporan" {'
type_line m '  holder kul )'
check_last "after the typo the block still asks for more" m "...>"
type_line m '  retention 5 years'
check_last "and goes on asking until it closes" m "...>"
type_line m '}'
check "the typo is reported when the block closes" m "found ')'"
type_line m 'print "errors reported:", exists("x")'
check "the block changed nothing" m "errors reported: false"
if [ "$(screen m | grep -c 'error:')" -eq 1 ]; then ok "the whole block is reported once"; else not_ok "the whole block is reported once" m; fi
quit m

# --allow-write at the prompt, and the hint that names it.
mkdir -p "$DIR/keluar"
start aw "'$BIN' --allow-write '$DIR/keluar'"
check "the prompt takes --allow-write" aw "ppid> "
type_line aw 'unit kul "Keuangan"'
type_line aw "export units to \"$DIR/keluar/units.csv\""
type_line aw 'export units to "/proc/ppid-units.csv"'
check "a refused write names the prompt's option" aw "start ppid with \`ppid --allow-write DIR\`"
quit aw
if [ -f "$DIR/keluar/units.csv" ]; then ok "export writes into the --allow-write folder"; else not_ok "export writes into the --allow-write folder" aw; fi
if [ "$(screen aw | grep -c 'ppid run --allow-write')" -eq 0 ]; then ok "the hint does not name ppid run at the prompt"; else not_ok "the hint does not name ppid run at the prompt" aw; fi

# Colon commands in piped input (no terminal).
HELP=$(cd "$DIR" && printf ':help sop\n' | "$BIN" 2>&1); HELP_RC=$?
if [ "$HELP_RC" -eq 0 ] && ! printf '%s' "$HELP" | grep -q E107 && printf '%s' "$HELP" | grep -q 'sop'; then ok ":help works in piped input"
else not_ok ":help works in piped input (exit $HELP_RC: $HELP)"; fi
printf 'unit kul "Keuangan"\n' > "$DIR/dasar.ppid"
PIPED=$(cd "$DIR" && printf ':load dasar.ppid\nunit tph "Teknis"\n:save pipa.ppid\n' | "$BIN" 2>&1); PIPED_RC=$?
if [ "$PIPED_RC" -eq 0 ] && [ "$(cat "$DIR/pipa.ppid" 2>/dev/null)" = "$(printf 'load "dasar.ppid"\nunit tph "Teknis"')" ]; then ok ":load and :save work in piped input"
else not_ok ":load and :save work in piped input (exit $PIPED_RC: $PIPED)"; fi

# --- Training mode: an exercise done as a trainee would ----------------------------------
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EX="$ROOT/scripts/training/06-deklarasi-klasifikasi.ppid"
# The exercises are written in Indonesian; the trainee's locale is too.
start l1 "env -u LC_ALL -u LC_MESSAGES LANG=id_ID.UTF-8 '$BIN' train '$EX'"
check "training shows the exercise and its first task" l1 "Tugas 1/10: Sebagai PPID, daftarkan informasi baru"
check "the training prompt counts the tasks" l1 "latihan[1/10]> "
type_line l1 ':hint'
check ":hint gives the first hint" l1 "Petunjuk 1/3: Sebutkan dulu siapa Anda"
check "the trainee starts with no actor" l1 "Pelaku: belum ada"
type_line l1 'as ppid'
type_line l1 'info dip_2025 "Daftar Informasi Publik Tahun 2025" { holder phs; responsible dedi; made 2025-01-13; formats softcopy; retention 1 year; media website }'
check "a hard-coded name passes on the training data but not on the variant" l1 "✗ Berhasil di data latihan, tetapi tidak di data kedua"
type_line l1 ':undo'
check ":undo takes the hard-coded statement back" l1 "dibatalkan: info dip_2025"
type_line l1 'info dip_2025 "Daftar Informasi Publik Tahun 2025" { holder phs; responsible ppid.holders[1]; made 2025-01-13; formats softcopy; retention 1 year; media website }'
check "task 1 is done once it also holds on the variant" l1 "✓ Tugas 1 selesai."
check "and the next task is shown" l1 "latihan[2/10]> "
T send-keys -t l1 -l 'classify dip_2'
T send-keys -t l1 Tab
check "Tab completes at the training prompt" l1 "latihan[2/10]> classify dip_2025 "
T send-keys -t l1 -l 'as setiap_saat'
T send-keys -t l1 Enter
check "task 2 done" l1 "✓ Tugas 2 selesai."
quit l1
check "Ctrl-D stops the exercise and keeps the progress" l1 "Progres disimpan di"
start l2 "env -u LC_ALL -u LC_MESSAGES LANG=id_ID.UTF-8 '$BIN' train '$EX'"
check "running it again resumes the progress" l2 "(melanjutkan latihan: 3 pernyataan diputar ulang, tugas 3 dari 10"
check "at the third task" l2 "latihan[3/10]> "
type_line l2 'for i in info where holder == kul { classify i as berkala }'
check "task 3 done" l2 "✓ Tugas 3 selesai."
type_line l2 'for i in info where title ~ "Pengumuman" { classify i as serta_merta }'
check "task 4 done" l2 "✓ Tugas 4 selesai."
type_line l2 ':solution'
check ":solution puts the solution into the input line" l2 "latihan[5/10]> for i in info where summary ~ \"data pribadi\" { classify i as dikecualikan { basis"
if [ "$(screen l2 | grep -c '✓ Tugas 5')" -eq 0 ]; then ok ":solution does not run it"; else not_ok ":solution does not run it" l2; fi
T send-keys -t l2 Enter
check "Enter runs the solution: task 5 done" l2 "✓ Tugas 5 selesai."
type_line l2 'for i in info where title ~ "B.1-KWK" { classify i as dikecualikan { basis "Pasal 17 huruf h angka 1 UU 14/2008"; consequence "Mengungkap NIK pendukung"; until consent "persetujuan tertulis para pendukung" } }'
check "task 6 done" l2 "✓ Tugas 6 selesai."
type_line l2 'for i in info where title ~ "B.1-KWK" { classify i as setiap_saat }'
check "reopening an exemption without a ground is refused" l2 "E499"
type_line l2 'for i in info where title ~ "B.1-KWK" { classify i as setiap_saat { ground "Persetujuan tertulis para pendukung diterima" } }'
check "task 7 done" l2 "✓ Tugas 7 selesai."
type_line l2 'for i in info where made < 2020-01-01 { withdraw i "Sudah tidak berlaku" }'
check "task 8 done" l2 "✓ Tugas 8 selesai."
type_line l2 'for i in info where holder == kul { update i { retention 10 years } }'
check "task 9 done" l2 "✓ Tugas 9 selesai."
type_line l2 'as desk_layanan'
type_line l2 'start pemutakhiran_dip_sarolangun as pemutakhiran for info where class in [berkala, serta_merta, setiap_saat] and status != withdrawn'
check "task 10 done" l2 "✓ Tugas 10 selesai."
check "the summary counts the tasks" l2 "Tugas selesai:    10 dari 10"
check "the summary counts the hints" l2 "Petunjuk dipakai: 1"
check "the summary gives the simulated time" l2 "Waktu (jam simulasi): "
check "the session is saved" l2 "supervisor dapat memutarnya ulang dengan"
check "the exercise ends by itself" l2 "EXIT=0"
TRAINED=$(ls "$DIR"/.ppid/training/06-deklarasi-klasifikasi-*-session.ppid 2>/dev/null | head -1)
if [ -n "$TRAINED" ] && (cd /tmp && "$BIN" run "$TRAINED" >/dev/null 2>&1); then ok "the saved training session replays with ppid run (its digest assert holds)"
else not_ok "the saved training session replays with ppid run (its digest assert holds)"; fi
if [ -z "$(ls "$DIR"/.ppid/training/06-deklarasi-klasifikasi-*[0-9a-f].ppid 2>/dev/null)" ]; then ok "a finished exercise keeps no progress"
else not_ok "a finished exercise keeps no progress"; fi

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
