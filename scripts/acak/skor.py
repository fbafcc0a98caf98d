# Scores lkjip periksa on a folder made by one of the keluarga*.py generators: every planted wrong cell must be named by
# a galat (its cell, or its related list of 12 cells or fewer); any other galat is false. Usage:
#   python3 scripts/acak/skor.py FOLDER   (after npm run build:cli; LKJIP_SOFFICE=0 keeps to lkjip's own readers)
import json, os, re, subprocess, sys


def col_no(letters):
    n = 0
    for ch in letters: n = n * 26 + ord(ch) - 64
    return n


def col_name(n):
    s = ''
    while n: n, r = divmod(n - 1, 26); s = chr(65 + r) + s
    return s


def box(ref):
    a, _, b = ref.partition(':')
    (c1, r1), (c2, r2) = [re.match(r'([A-Z]+)(\d+)$', x).groups() for x in (a, b or a)]
    return col_no(c1), int(r1), col_no(c2), int(r2)


def iou(p, q):
    (a1, b1, a2, b2), (c1, d1, c2, d2) = box(p), box(q)
    w = min(a2, c2) - max(a1, c1) + 1; h = min(b2, d2) - max(b1, d1) + 1
    inter = max(0, w) * max(0, h)
    return inter / ((a2 - a1 + 1) * (b2 - b1 + 1) + (c2 - c1 + 1) * (d2 - d1 + 1) - inter)


folder = sys.argv[1]
cli = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib', 'src', 'cli', 'main.js')
truth = json.load(open(os.path.join(folder, 'truth.json')))
planted = found = false = tables = tables_ok = 0
for f, t in truth.items():
    d = json.loads(subprocess.run(['node', cli, 'periksa', f, '--format', 'json'], capture_output=True, text=True).stdout)
    gal = [g for g in d['findings'] if g['severity'] == 'galat']
    def named(g):
        # related cells as "Sheet!A1", each range spelt out ('Page 2'!D4:D6 is Page 2!D4, D5, D6), counted only when 12 or fewer
        rel = []
        for ref in g.get('related', []):
            sheet, _, cells = ref.rpartition('!')
            sheet = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else (sheet or g['sheet'])
            a, _, b = cells.partition(':')
            (c1, r1), (c2, r2) = [re.match(r'([A-Z]+)(\d+)$', x).groups() for x in (a, b or a)]
            for col in range(col_no(c1), col_no(c2) + 1):
                rel += [f'{sheet}!{col_name(col)}{r}' for r in range(int(r1), int(r2) + 1)]
        return {f"{g['sheet']}!{g['cell']}"} | (set(rel) if len(rel) <= 12 else set())
    wrong = {c for grp in t['galat'] for c in grp}
    miss = [grp for grp in t['galat'] if not any(set(grp) & named(g) for g in gal)]
    extra = [g for g in gal if not (named(g) & wrong)]
    planted += len(t['galat']); found += len(t['galat']) - len(miss); false += len(extra)
    # the tables the truth names (where it does): one found on the same sheet with IoU >= 0.7 and the same kind
    bad_tables = [x for x in t.get('tabel', []) if not any(y['sheet'] == x['sheet'] and y['kind'] == x['kind'] and iou(y['range'], x['range']) >= 0.7 for y in d['tables'])]
    tables += len(t.get('tabel', [])); tables_ok += len(t.get('tabel', [])) - len(bad_tables)
    if miss or extra or bad_tables:
        print(os.path.basename(f), t['meta'], 'TERLEWAT', miss)
        for g in extra: print('   GALAT LAIN', g['rule'], g['sheet'], g['cell'], g['message'][:160])
        for x in bad_tables: print('   TABEL', x, 'ditemukan:', [(y['sheet'], y['range'], y['kind']) for y in d['tables']])
print(f'tertanam {planted}, ditemukan {found}, galat lain {false}' + (f'; tabel {tables_ok}/{tables}' if tables else ''))
