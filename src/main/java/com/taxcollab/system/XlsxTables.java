package com.taxcollab.system;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The one look of every table the product exports to Excel (a bold, shaded, frozen header row), and
 * the one way an uploaded sheet is read back.
 */
public final class XlsxTables {

    private XlsxTables() {
    }

    /** Writes the header row with the given column widths (in characters) and freezes it. */
    public static void header(Sheet sheet, List<String> headings, List<Integer> widths) {
        CellStyle style = sheet.getWorkbook().createCellStyle();
        Font bold = sheet.getWorkbook().createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headings.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** One row of values: numbers as numbers, everything else as text, nulls left empty. */
    public static void cells(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    /** A row of an uploaded sheet: its number as Excel shows it, and its cells as text (null when empty). */
    public record SheetRow(int number, List<String> cells) {

        public String cell(int column) {
            return cells.get(column);
        }
    }

    /**
     * The rows of the first sheet below its header, the first {@code columns} cells of each as text
     * (dates as yyyy-MM-dd); blank rows are skipped; reading stops after {@code maxRows} + 1 rows so a
     * caller can refuse a sheet that is too long. An unreadable file is a 400 naming {@code file}.
     */
    public static List<SheetRow> rows(InputStream in, int columns, int maxRows, String unreadable) {
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum() && rows.size() <= maxRows; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] values = new String[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = text(row.getCell(c), formatter);
                }
                if (Arrays.stream(values).anyMatch(v -> v != null)) {
                    rows.add(new SheetRow(r + 1, Arrays.asList(values)));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", unreadable);
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        String text = formatter.formatCellValue(cell);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
