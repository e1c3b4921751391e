package com.taxcollab.system;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The one look of every table the product exports to Excel: a bold, shaded, frozen header row. */
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
}
