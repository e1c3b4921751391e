package com.taxcollab.rectification;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.XlsxTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
        return XlsxTables.rows(in, HEADERS.size(), MAX_ROWS, "无法读取文件，请使用下载的 .xlsx 模板").stream()
                .map(r -> new UploadedRow(r.number(), new NewItem(r.cell(0), r.cell(1), r.cell(2), null, r.cell(3),
                        r.cell(4), r.cell(5)))).toList();
    }

    record UploadedRow(int rowNumber, NewItem item) {
    }
}
