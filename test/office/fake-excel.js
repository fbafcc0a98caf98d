/**
 * A faithful fake of the Excel JavaScript API subset lkjip uses, for tests without Excel. Behaves like the real
 * thing where it matters: properties must be load()ed and are readable only after context.sync(); writes are
 * queued and happen at sync; a NullObject says so through isNullObject; every sync and every batched format write
 * is counted. Plain JavaScript so the same file runs in jest and, injected as office.js, in Chromium.
 *
 * Model: { sheets: [{ name, visibility?, cells: { "r,c": { value, formula?, numberFormat?, bold?, indent?, fill? } },
 *          merges: ["A1:B2"], hiddenCols?: [3] }] }  (rows and columns 1-based)
 *
 * Office's documented limits, enforced here as Excel on the web enforces them (errors carry Excel's error codes):
 * - 5 MB per request and per response of one sync: "Resource limits and performance optimization for Office
 *   Add-ins", Excel add-ins section ("Excel on the web has a payload size limit for requests and responses of 5 MB";
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded in "Error codes").
 * - 5 million cells read from one range: same article ("a range read is limited to five million cells").
 * - getMergedAreasOrNullObject fails past 512 merged areas in the range: Range.getMergedAreasOrNullObject remarks.
 * - a multi-area address of at most 255 characters (the length of a reference typed in a formula).
 * - Worksheet.activate() on a hidden sheet is refused (InvalidOperation): Worksheet.activate remarks.
 * - a worksheet looked up by a name it no longer has is ItemNotFound; getItem(key) takes a name or an id.
 * The payload is measured as the JSON of what the sync carries, a close proxy for Office's own encoding.
 */
(function (root) {
  function colNumber(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n;
  }
  function colLetters(n) {
    let s = '';
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function parseRef(ref) {
    const [a, b] = ref.replace(/\$/g, '').split(':');
    const m1 = /^([A-Z]+)(\d+)$/i.exec(a);
    const m2 = /^([A-Z]+)(\d+)$/i.exec(b || a);
    if (!m1 || !m2) throw new Error('InvalidArgument: ' + ref);
    return { top: +m1[2], left: colNumber(m1[1]), bottom: +m2[2], right: colNumber(m2[1]) };
  }
  function refOf(r) {
    const s = colLetters(r.left) + r.top;
    const e = colLetters(r.right) + r.bottom;
    return s === e ? s : s + ':' + e;
  }
  function quote(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }

  const MB5 = 5 * 1024 * 1024;
  const MAX_CELLS = 5000000;
  const MAX_MERGED_AREAS = 512;

  function officeError(code, message) {
    const e = new Error(code + ': ' + message);
    e.code = code;
    e.name = 'RichApi.Error';
    return e;
  }

  function createFakeExcel(model) {
    const stats = { syncs: 0, writes: 0, selected: null, activated: null, runs: 0, maxRequestBytes: 0, maxResponseBytes: 0, rejected: 0 };
    const settingsStore = new Map();

    class ClientObject {
      constructor(ctx) {
        this._ctx = ctx;
        this._loaded = new Set();
        this._data = {};
      }
      load(props) {
        const list = typeof props === 'string' ? props.split(',').map((p) => p.trim()) : Object.keys(props || {});
        this._ctx._request(list.join(','));
        this._ctx._pending.push(() => {
          for (const p of list) {
            const key = p.split('/')[0];
            const v = this._compute(key, p);
            this._ctx._respond(v);
            this._data[key] = v;
            this._loaded.add(key);
          }
        });
        return this;
      }
      _get(key) {
        if (!this._loaded.has(key)) throw new Error('PropertyNotLoaded: ' + key + ' (call load() and context.sync() first)');
        return this._data[key];
      }
    }

    class Sheet {
      constructor(m) {
        this.m = m;
        this.cells = new Map(Object.entries(m.cells || {}));
      }
      cell(r, c) {
        return this.cells.get(r + ',' + c);
      }
      ensure(r, c) {
        let x = this.cells.get(r + ',' + c);
        if (!x) {
          x = { value: '' };
          this.cells.set(r + ',' + c, x);
        }
        return x;
      }
      used() {
        let top = Infinity,
          left = Infinity,
          bottom = 0,
          right = 0;
        for (const [k, v] of this.cells) {
          if (v.value === '' || v.value === null || v.value === undefined) continue;
          const [r, c] = k.split(',').map(Number);
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
        return bottom === 0 ? null : { top, left, bottom, right };
      }
    }
    let nextId = 1;
    const sheets = model.sheets.map((s) => {
      const sh = new Sheet(s);
      sh.id = '{' + String(nextId++).padStart(8, '0') + '-0000-4000-8000-000000000000}';
      return sh;
    });
    const byKey = (key) => sheets.find((x) => x.m.name === key || x.id === key);
    const byName = (name) => {
      const s = byKey(name);
      if (!s) throw officeError('ItemNotFound', name);
      return s;
    };

    class RangeFill {
      constructor(ctx, targets) {
        this._ctx = ctx;
        this._targets = targets;
      }
      set color(v) {
        stats.writes++;
        this._ctx._request(
          this._targets()
            .map((r) => r.address || '')
            .join(',') + v,
        );
        this._ctx._writes.push(() => this._targets().forEach((r) => eachCell(r.sheet, r.rect, (c) => (c.fill = v))));
      }
      clear() {
        stats.writes++;
        this._ctx._request(
          this._targets()
            .map((r) => r.address || '')
            .join(','),
        );
        this._ctx._writes.push(() => this._targets().forEach((r) => eachCell(r.sheet, r.rect, (c) => delete c.fill)));
      }
    }
    /** What a formula written by the add-in evaluates to: SUM over cells and ranges of its sheet; else #NAME?. */
    function evaluate(sheet, formula) {
      const m = /^SUM\(([^()]*)\)$/i.exec(formula.trim());
      if (!m) return { error: '#NAME?' };
      let total = 0;
      for (const part of m[1].split(',')) {
        const r = parseRef(part.trim());
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) {
            const c = sheet.cell(row, col);
            if (c && typeof c.value === 'number') total += c.value;
          }
      }
      return total;
    }
    function eachCell(sheet, rect, fn) {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(sheet.ensure(r, c));
    }

    class Range extends ClientObject {
      constructor(ctx, sheet, rect, isNull) {
        super(ctx);
        this.sheet = sheet;
        this.rect = rect;
        this._isNull = !!isNull;
        this.format = { fill: new RangeFill(ctx, () => [{ sheet, rect }]) };
      }
      get isNullObject() {
        return this._isNull;
      }
      _compute(key) {
        const { top, left, bottom, right } = this.rect || { top: 1, left: 1, bottom: 0, right: 0 };
        if (['values', 'formulas', 'numberFormat', 'valueTypes'].includes(key) && (bottom - top + 1) * (right - left + 1) > MAX_CELLS) {
          throw officeError('ResponsePayloadSizeLimitExceeded', 'a range read is limited to 5,000,000 cells');
        }
        const grid = (fn) => {
          const out = [];
          for (let r = top; r <= bottom; r++) {
            const row = [];
            for (let c = left; c <= right; c++) row.push(fn(this.sheet.cell(r, c)));
            out.push(row);
          }
          return out;
        };
        switch (key) {
          case 'address':
            return quote(this.sheet.m.name) + '!' + refOf(this.rect);
          case 'rowIndex':
            return top - 1;
          case 'columnIndex':
            return left - 1;
          case 'rowCount':
            return bottom - top + 1;
          case 'columnCount':
            return right - left + 1;
          case 'columnHidden': {
            // Range.columnHidden: true when every column of the range is hidden, false when none, null when mixed
            const hidden = new Set(this.sheet.m.hiddenCols || []);
            let n = 0;
            for (let c = left; c <= right; c++) if (hidden.has(c)) n++;
            return n === 0 ? false : n === right - left + 1 ? true : null;
          }
          case 'values':
            if (this.sheet.m.fail) throw new Error('GeneralException: ' + this.sheet.m.fail);
            return grid((c) => (c && c.value !== undefined && c.value !== null ? (typeof c.value === 'object' ? c.value.error : c.value) : ''));
          case 'formulas':
            return grid((c) =>
              c && c.formula ? '=' + c.formula : c && c.value !== undefined && c.value !== null ? (typeof c.value === 'object' ? c.value.error : c.value) : '',
            );
          case 'numberFormat':
            return grid((c) => (c && c.numberFormat) || 'General');
          case 'valueTypes':
            return grid((c) => {
              if (!c || c.value === '' || c.value === null || c.value === undefined) return 'Empty';
              if (typeof c.value === 'object') return 'Error';
              if (typeof c.value === 'number') return Number.isInteger(c.value) ? 'Integer' : 'Double';
              if (typeof c.value === 'boolean') return 'Boolean';
              return 'String';
            });
          default:
            throw new Error('fake-excel: property not modelled: ' + key);
        }
      }
      get values() {
        return this._get('values');
      }
      set values(v) {
        this._write('values', v);
      }
      get formulas() {
        return this._get('formulas');
      }
      set formulas(v) {
        this._write('formulas', v);
      }
      get numberFormat() {
        return this._get('numberFormat');
      }
      set numberFormat(v) {
        this._write('numberFormat', v);
      }
      /**
       * A queued write of values, formulas or number formats: a 2-D array of the range's own dimensions, or Excel
       * refuses it (InvalidArgument; Range.values: "the dimensions must match the range"). What a string becomes is
       * what Excel makes of a typed entry: "=…" a formula, "'…" text (the apostrophe kept out of the value), a plain
       * number or percentage a number; anything else text.
       */
      _write(key, v) {
        const rows = this.rect.bottom - this.rect.top + 1;
        const cols = this.rect.right - this.rect.left + 1;
        if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw officeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
        }
        stats.writes++;
        this._ctx._request(JSON.stringify(v));
        const sheet = this.sheet;
        const { top, left } = this.rect;
        this._ctx._writes.push(() => {
          v.forEach((row, i) =>
            row.forEach((x, k) => {
              const cell = sheet.ensure(top + i, left + k);
              if (key === 'numberFormat') {
                cell.numberFormat = String(x);
                return;
              }
              delete cell.formula;
              if (typeof x === 'string' && x.startsWith('=') && x.length > 1) {
                cell.formula = x.slice(1);
                cell.value = evaluate(sheet, cell.formula);
              } else if (typeof x === 'string' && x.startsWith("'")) {
                cell.value = x.slice(1);
              } else if (typeof x === 'string' && /^[-+]?\d+(\.\d+)?%$/.test(x.trim())) {
                cell.value = parseFloat(x) / 100;
                if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = '0%';
              } else if (typeof x === 'string' && /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(x.trim())) {
                cell.value = Number(x);
              } else if (x === '' || x === null) {
                delete cell.value;
              } else {
                cell.value = x;
              }
            }),
          );
        });
      }
      get valueTypes() {
        return this._get('valueTypes');
      }
      get address() {
        return this._get('address');
      }
      get rowIndex() {
        return this._get('rowIndex');
      }
      get columnIndex() {
        return this._get('columnIndex');
      }
      get rowCount() {
        return this._get('rowCount');
      }
      get columnCount() {
        return this._get('columnCount');
      }
      get columnHidden() {
        return this._get('columnHidden');
      }
      getCellProperties(spec) {
        const result = {
          _value: undefined,
          get value() {
            if (this._value === undefined) throw new Error('PropertyNotLoaded: value');
            return this._value;
          },
        };
        this._ctx._request('getCellProperties' + JSON.stringify(spec));
        this._ctx._pending.push(() => {
          const out = [];
          for (let r = this.rect.top; r <= this.rect.bottom; r++) {
            const row = [];
            for (let c = this.rect.left; c <= this.rect.right; c++) {
              const cell = this.sheet.cell(r, c) || {};
              const p = { format: {} };
              if (spec.format && spec.format.font) p.format.font = { bold: !!cell.bold };
              if (spec.format && spec.format.indentLevel) p.format.indentLevel = cell.indent || 0;
              if (spec.format && spec.format.fill) p.format.fill = cell.fill ? { color: cell.fill, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' };
              row.push(p);
            }
            out.push(row);
          }
          this._ctx._respond(out);
          result._value = out;
        });
        return result;
      }
      getMergedAreasOrNullObject() {
        const inside = (this.sheet.m.merges || [])
          .map(parseRef)
          .filter((m) => m.top <= this.rect.bottom && m.bottom >= this.rect.top && m.left <= this.rect.right && m.right >= this.rect.left);
        const obj = new ClientObject(this._ctx);
        obj._compute = () => {
          if (inside.length > MAX_MERGED_AREAS) throw officeError('GeneralException', 'the range has more than 512 merged areas');
          return inside.map((m) => quote(this.sheet.m.name) + '!' + refOf(m)).join(', ');
        };
        Object.defineProperty(obj, 'isNullObject', { get: () => inside.length === 0 });
        Object.defineProperty(obj, 'address', { get: () => obj._get('address') });
        return obj;
      }
      select() {
        this._ctx._writes.push(() => {
          if ((this.sheet.m.visibility || 'Visible') !== 'Visible') throw officeError('InvalidOperation', 'The operation attempted is invalid on the object.');
          stats.selected = { sheet: this.sheet.m.name, address: refOf(this.rect) };
        });
      }
    }

    class Worksheet extends ClientObject {
      constructor(ctx, sheet) {
        super(ctx);
        this.sheet = sheet;
      }
      _compute(key) {
        if (this._null) return null; // a NullObject loads nothing and fails nothing
        if (this.sheet.deleted) throw officeError('ItemNotFound', 'the worksheet was deleted');
        if (key === 'name') return this.sheet.m.name;
        if (key === 'visibility') return this.sheet.m.visibility || 'Visible';
        if (key === 'id') return this.sheet.id;
        throw new Error('fake-excel: property not modelled: ' + key);
      }
      get name() {
        return this._get('name');
      }
      get id() {
        return this._get('id');
      }
      get visibility() {
        return this._get('visibility');
      }
      set visibility(v) {
        this._ctx._writes.push(() => (this.sheet.m.visibility = v));
      }
      getUsedRangeOrNullObject() {
        // the used range is computed at sync, as Excel does
        const r = new Range(this._ctx, this.sheet, null, false);
        this._ctx._pending.unshift(() => {
          const u = this.sheet.used();
          r.rect = u;
          r._isNull = !u;
        });
        return r;
      }
      getRangeByIndexes(row, col, rows, cols) {
        return new Range(this._ctx, this.sheet, { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols });
      }
      getRange(address) {
        return new Range(this._ctx, this.sheet, parseRef(address));
      }
      getRanges(address) {
        // Excel refuses multi-area references longer than 255 characters
        if (address.length > 255) throw officeError('InvalidArgument', 'address longer than 255 characters');
        const rects = address.split(',').map((a) => parseRef(a.trim()));
        const ctx = this._ctx;
        return {
          format: { fill: new RangeFill(ctx, () => rects.map((rect) => ({ sheet: this.sheet, rect, address: refOf(rect) }))) },
          areaCount: rects.length,
        };
      }
      activate() {
        this._ctx._writes.push(() => {
          if ((this.sheet.m.visibility || 'Visible') !== 'Visible') throw officeError('InvalidOperation', 'The operation attempted is invalid on the object.');
          stats.activated = this.sheet.m.name;
        });
      }
    }

    class RequestContext {
      constructor() {
        this._pending = [];
        this._writes = [];
        // eslint-disable-next-line @typescript-eslint/no-this-alias -- the closures below need the context itself
        const ctx = this;
        const wsList = sheets.map((s) => new Worksheet(ctx, s));
        const collection = new ClientObject(ctx);
        collection._compute = () => wsList;
        collection.load = (props) => {
          ctx._pending.push(() =>
            wsList.forEach((w) =>
              String(props)
                .split(',')
                .forEach((p) => {
                  const key = p.trim().replace(/^items\//, '');
                  w._data[key] = w._compute(key);
                  w._loaded.add(key);
                }),
            ),
          );
          ctx._pending.push(() => {
            collection._data.items = wsList;
            collection._loaded.add('items');
          });
          return collection;
        };
        Object.defineProperty(collection, 'items', { get: () => collection._get('items') });
        collection.getItem = (key) => {
          const sh = byKey(key);
          if (!sh || sh.deleted) {
            // the error surfaces at sync, as Excel's does
            const w = new Worksheet(ctx, { m: { name: key }, deleted: true, cell: () => undefined, used: () => null });
            ctx._pending.push(() => {
              throw officeError('ItemNotFound', key);
            });
            return w;
          }
          return new Worksheet(ctx, sh);
        };
        collection.getItemOrNullObject = (key) => {
          const sh = byKey(key);
          const w = new Worksheet(ctx, sh && !sh.deleted ? sh : { m: { name: key }, deleted: true, cell: () => undefined, used: () => null });
          w._null = !sh || !!sh.deleted;
          Object.defineProperty(w, 'isNullObject', { get: () => w._null });
          return w;
        };
        this.workbook = {
          worksheets: collection,
          settings: {
            add: (key, value) => {
              ctx._request(key + String(value));
              ctx._writes.push(() => settingsStore.set(key, value));
            },
            getItemOrNullObject: (key) => {
              const item = new ClientObject(ctx);
              item._compute = () => settingsStore.get(key);
              Object.defineProperty(item, 'isNullObject', { get: () => !settingsStore.has(key) });
              Object.defineProperty(item, 'value', { get: () => item._get('value') });
              item.delete = () => ctx._writes.push(() => settingsStore.delete(key));
              return item;
            },
          },
        };
      }
      _request(text) {
        this._requestBytes = (this._requestBytes || 0) + String(text).length + 64;
      }
      _respond(value) {
        this._responseBytes = (this._responseBytes || 0) + JSON.stringify(value === undefined ? null : value).length;
      }
      async sync() {
        stats.syncs++;
        const requestBytes = this._requestBytes || 0;
        this._requestBytes = 0;
        this._responseBytes = 0;
        stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
        if (requestBytes > MB5) {
          this._writes.splice(0);
          this._pending.splice(0);
          stats.rejected++;
          throw officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
        }
        const writes = this._writes.splice(0);
        const pending = this._pending.splice(0);
        // like Excel, a failing request rejects the whole sync (nothing of it is applied)
        writes.forEach((w) => w());
        pending.forEach((p) => p());
        stats.maxResponseBytes = Math.max(stats.maxResponseBytes, this._responseBytes);
        if (this._responseBytes > MB5) {
          stats.rejected++;
          this._responseBytes = 0;
          throw officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
        }
        this._responseBytes = 0;
      }
    }

    const Excel = {
      run: async (batch) => {
        stats.runs++;
        const ctx = new RequestContext();
        const result = await batch(ctx);
        await ctx.sync();
        stats.syncs--; // the closing flush is Excel's own, not the add-in's
        return result;
      },
    };
    return {
      Excel,
      stats,
      sheets,
      settings: settingsStore,
      /** What a user does between two clicks: rename, delete or hide a sheet, insert rows. */
      renameSheet: (from, to) => (byName(from).m.name = to),
      deleteSheet: (name) => (byName(name).deleted = true),
      hideSheet: (name) => (byName(name).m.visibility = 'Hidden'),
      insertRows: (name, at, count) => {
        const sh = byName(name);
        const moved = new Map();
        for (const [k, v] of sh.cells) {
          const [r, c] = k.split(',').map(Number);
          moved.set((r >= at ? r + count : r) + ',' + c, v);
        }
        sh.cells = moved;
      },
      /** A cell as the workbook holds it now (value, formula, numberFormat …), or undefined. */
      cellAt: (sheet, ref) => {
        const r = parseRef(ref);
        const c = byName(sheet).cell(r.top, r.left);
        return c ? JSON.parse(JSON.stringify(c)) : undefined;
      },
      /** The user types a value into a cell. */
      typeInto: (sheet, ref, value) => {
        const r = parseRef(ref);
        const c = byName(sheet).ensure(r.top, r.left);
        delete c.formula;
        c.value = value;
      },
      fillAt: (sheet, ref) => {
        const r = parseRef(ref);
        const c = byName(sheet).cell(r.top, r.left);
        return c ? c.fill : undefined;
      },
    };
  }

  root.createFakeExcel = createFakeExcel;
  if (typeof module !== 'undefined' && module.exports) module.exports = { createFakeExcel };
})(typeof window !== 'undefined' ? window : globalThis);
