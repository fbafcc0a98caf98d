import { Grid, WorkbookSnapshot } from './snapshot';
import { Table } from './types';

export function recogniseWorkbook(snapshot: WorkbookSnapshot): { tables: Table[]; grids: Map<string, Grid> } {
  const grids = new Map<string, Grid>();
  for (const s of snapshot.sheets) grids.set(s.name, new Grid(s));
  return { tables: [], grids };
}
