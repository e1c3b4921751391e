package com.taxcollab.rectification;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The findings spreadsheet: the template supervisors download, and reading it back. */
@Component
class ItemSpreadsheets {

    static final List<String> HEADERS = List.of("问题描述", "整改要求", "责任部门", "责任人", "责任人身份证号",
            "整改期限（yyyy-MM-dd）");
    static final int MAX_ROWS = ItemValidator.MAX_ITEMS;

    private final Organisation organisation;

    ItemSpreadsheets(Organisation organisation) {
        this.organisation = organisation;
    }

    byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet items = workbook.createSheet("整改事项");
            Row header = items.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                items.setColumnWidth(i, 24 * 256);
            }
            Sheet help = workbook.createSheet("填写说明");
            help.createRow(0).createCell(0).setCellValue("每行一个整改事项，从第 2 行起填写；责任部门填写下列编号或名称；"
                    + "整改期限为日期（如 2026-10-20），须晚于今天。任何一行有误则整批不导入。");
            Row columns = help.createRow(2);
            columns.createCell(0).setCellValue("部门编号");
            columns.createCell(1).setCellValue("部门名称");
            int r = 3;
            for (String id : organisation.departmentIds()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(id);
                row.createCell(1).setCellValue(organisation.departmentName(id).orElse(id));
            }
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of the first sheet below its header; blank rows are skipped. The row numbers are Excel's. */
    List<UploadedRow> read(InputStream in) {
        List<UploadedRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] v = new String[HEADERS.size()];
                boolean empty = true;
                for (int c = 0; c < v.length; c++) {
                    v[c] = value(row.getCell(c), formatter);
                    empty &= v[c] == null;
                }
                if (!empty) {
                    rows.add(new UploadedRow(r + 1, new NewItem(v[0], v[1], v[2], null, v[3], v[4], v[5])));
                }
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "无法读取文件，请使用下载的 .xlsx 模板");
        }
        return rows;
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        String text = formatter.formatCellValue(cell);
        return text == null || text.isBlank() ? null : text.strip();
    }

    record UploadedRow(int rowNumber, NewItem item) {
    }
}
