/** The floor the benchmark compares against: a fresh node reading the file with exceljs and visiting every cell. */
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  let cells = 0;
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.value !== undefined) cells++;
      }),
    ),
  );
  process.stdout.write(`${cells}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e) + '\n');
  process.exitCode = 2;
});
