/**
 * A faithful fake of the Excel JavaScript API subset lkjip uses, for tests without Excel. Behaves like the real
 * thing where it matters: properties must be load()ed and are readable only after context.sync(); writes are
 * queued and happen at sync; a NullObject says so through isNullObject; every sync and every batched format write
 * is counted. Plain JavaScript so the same file runs in jest and, injected as office.js, in Chromium.
 *
 * Model: { sheets: [{ name, visibility?, cells: { "r,c": { value, formula?, numberFormat?, bold?, indent?, fill? } },
 *          merges: ["A1:B2"] }] }  (rows and columns 1-based)
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

  function createFakeExcel(model) {
    const stats = { syncs: 0, writes: 0, selected: null, activated: null, runs: 0 };
    const settingsStore = new Map();

    class ClientObject {
      constructor(ctx) {
        this._ctx = ctx;
        this._loaded = new Set();
        this._data = {};
      }
      load(props) {
        const list = typeof props === 'string' ? props.split(',').map((p) => p.trim()) : Object.keys(props || {});
        this._ctx._pending.push(() => {
          for (const p of list) {
            const key = p.split('/')[0];
            this._data[key] = this._compute(key, p);
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
    const sheets = model.sheets.map((s) => new Sheet(s));
    const byName = (name) => {
      const s = sheets.find((x) => x.m.name === name);
      if (!s) throw new Error('ItemNotFound: ' + name);
      return s;
    };

    class RangeFill {
      constructor(ctx, targets) {
        this._ctx = ctx;
        this._targets = targets;
      }
      set color(v) {
        stats.writes++;
        this._ctx._writes.push(() => this._targets().forEach((r) => eachCell(r.sheet, r.rect, (c) => (c.fill = v))));
      }
      clear() {
        stats.writes++;
        this._ctx._writes.push(() => this._targets().forEach((r) => eachCell(r.sheet, r.rect, (c) => delete c.fill)));
      }
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
      get formulas() {
        return this._get('formulas');
      }
      get numberFormat() {
        return this._get('numberFormat');
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
      getCellProperties(spec) {
        const result = {
          _value: undefined,
          get value() {
            if (this._value === undefined) throw new Error('PropertyNotLoaded: value');
            return this._value;
          },
        };
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
          result._value = out;
        });
        return result;
      }
      getMergedAreasOrNullObject() {
        const inside = (this.sheet.m.merges || [])
          .map(parseRef)
          .filter((m) => m.top <= this.rect.bottom && m.bottom >= this.rect.top && m.left <= this.rect.right && m.right >= this.rect.left);
        const obj = new ClientObject(this._ctx);
        obj._compute = () => inside.map((m) => quote(this.sheet.m.name) + '!' + refOf(m)).join(', ');
        Object.defineProperty(obj, 'isNullObject', { get: () => inside.length === 0 });
        Object.defineProperty(obj, 'address', { get: () => obj._get('address') });
        return obj;
      }
      select() {
        this._ctx._writes.push(() => (stats.selected = { sheet: this.sheet.m.name, address: refOf(this.rect) }));
      }
    }

    class Worksheet extends ClientObject {
      constructor(ctx, sheet) {
        super(ctx);
        this.sheet = sheet;
      }
      _compute(key) {
        if (key === 'name') return this.sheet.m.name;
        if (key === 'visibility') return this.sheet.m.visibility || 'Visible';
        throw new Error('fake-excel: property not modelled: ' + key);
      }
      get name() {
        return this._get('name');
      }
      get visibility() {
        return this._get('visibility');
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
        if (address.length > 255) throw new Error('InvalidArgument: address longer than 255 characters');
        const rects = address.split(',').map((a) => parseRef(a.trim()));
        const ctx = this._ctx;
        return { format: { fill: new RangeFill(ctx, () => rects.map((rect) => ({ sheet: this.sheet, rect }))) }, areaCount: rects.length };
      }
      activate() {
        this._ctx._writes.push(() => (stats.activated = this.sheet.m.name));
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
        collection.getItem = (name) => new Worksheet(ctx, byName(name));
        this.workbook = {
          worksheets: collection,
          settings: {
            add: (key, value) => ctx._writes.push(() => settingsStore.set(key, value)),
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
      async sync() {
        stats.syncs++;
        const writes = this._writes.splice(0);
        writes.forEach((w) => w());
        const pending = this._pending.splice(0);
        // like Excel, a failing request rejects the whole sync
        pending.forEach((p) => p());
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
