# Scores lkjip periksa on a folder made by one of the keluarga*.py generators: every planted wrong cell must be named by
# a galat (its cell, or its related list of 12 cells or fewer); any other galat is false. Usage:
#   python3 scripts/acak/skor.py FOLDER   (after npm run build:cli; LKJIP_SOFFICE=0 keeps to lkjip's own readers)
import json, os, subprocess, sys
folder = sys.argv[1]
cli = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'lib', 'src', 'cli', 'main.js')
truth = json.load(open(os.path.join(folder, 'truth.json')))
planted = found = false = 0
for f, t in truth.items():
    d = json.loads(subprocess.run(['node', cli, 'periksa', f, '--format', 'json'], capture_output=True, text=True).stdout)
    gal = [g for g in d['findings'] if g['severity'] == 'galat']
    def named(g):
        rel = g.get('related', [])
        cells = {f"{g['sheet']}!{g['cell']}"}
        if len(rel) <= 12: cells |= {c if '!' in c else f"{g['sheet']}!{c}" for c in rel}
        return cells
    wrong = {c for grp in t['galat'] for c in grp}
    miss = [grp for grp in t['galat'] if not any(set(grp) & named(g) for g in gal)]
    extra = [g for g in gal if not (named(g) & wrong)]
    planted += len(t['galat']); found += len(t['galat']) - len(miss); false += len(extra)
    if miss or extra:
        print(os.path.basename(f), t['meta'], 'TERLEWAT', miss)
        for g in extra: print('   GALAT LAIN', g['rule'], g['sheet'], g['cell'], g['message'][:160])
print(f'tertanam {planted}, ditemukan {found}, galat lain {false}')
