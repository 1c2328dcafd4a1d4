package uk.ehcworkflow.query.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.common.Cells;

/**
 * Writes an inspection's lists as on a day: one list as CSV, or every list as one workbook
 * (XLSX) with a sheet each and a sheet saying which columns the service does not hold. Rows are
 * written as each record is read, and the workbook keeps only a window of rows in memory: the
 * rest waits in files in the data folder, the service user's alone, deleted once sent.
 */
@Component
public class InspectionLists {

    /** Rows of a sheet kept in memory while it is written. */
    private static final int ROWS_IN_MEMORY = 100;

    private final ChildRecords records;
    private final Path workFolder;

    InspectionLists(ChildRecords records, @Value("${ehc.data-dir}") Path dataDir) {
        this.records = records;
        this.workFolder = dataDir.resolve("returns-work");
    }

    public void csv(InspectionList list, LocalDate on, Actor actor, Writer out) throws IOException {
        out.write(String.join(",", list.columns().stream().map(Cells::csv).toList()) + "\r\n");
        records.each(list.scope(on), null, actor, record -> {
            try {
                out.write(String.join(",", list.row(record, on).stream().map(Cells::csv).toList()) + "\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (erased, link) -> { });
        out.flush();
    }

    public void xlsx(LocalDate on, Actor actor, OutputStream out) throws IOException {
        OwnerOnlyFiles.restrictFolder(workFolder);
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(workFolder.toFile()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (InspectionList list : InspectionList.values()) {
                Sheet sheet = workbook.createSheet(list.title());
                write(sheet.createRow(0), List.copyOf(list.columns()), date);
                int[] next = {1};
                records.each(list.scope(on), null, actor, record -> write(sheet.createRow(next[0]++), list.row(record, on), date),
                        (erased, link) -> { });
            }
            Sheet about = workbook.createSheet("About these lists");
            write(about.createRow(0), List.of("List", "Column", "Held by this service"), date);
            int row = 1;
            for (InspectionList list : InspectionList.values()) {
                for (String column : list.notHeld()) {
                    write(about.createRow(row++), List.of(list.title(), column, "No: present and empty"), date);
                }
            }
            write(about.createRow(row), List.of("All", "As on", on), date);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, List<Object> values, CellStyle date) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(Cells.text(value));
            }
        }
    }
}
