package com.taxcollab.taxpaid;

import com.taxcollab.cases.TaxpayerIdentity;
import com.taxcollab.system.XlsxTables;
import com.taxcollab.system.validation.UnifiedSocialCreditCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The evidence spreadsheet: the template tax officers download, and reading it back into requests. A
 * cell that is not a number or a date where one belongs is left for the validator to name.
 */
@Component
class EvidenceSpreadsheet {

    static final List<String> HEADERS = List.of("凭证号码", "凭证种类", "事项", "纳税人名称", "纳税人统一社会信用代码或身份证号码",
            "股权所在公司统一社会信用代码", "转让人身份证号码", "不动产权证书号", "不动产单元号", "车辆识别代号", "税种（多个用顿号分隔）",
            "金额（元）", "开具日期（yyyy-MM-dd）", "税务机关辖区编号");
    static final int MAX_ROWS = 1000;

    byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet evidence = workbook.createSheet("完税凭证");
            XlsxTables.header(evidence, HEADERS, HEADERS.stream().map(h -> Math.max(14, h.length() * 2)).toList());
            Sheet help = workbook.createSheet("填写说明");
            XlsxTables.cells(help.createRow(0), "每行一份凭证，从第 2 行起填写；任何一行有误则整表不导入。");
            XlsxTables.cells(help.createRow(1), "凭证种类：完税凭证、申报记录、减免税证明；事项：股权转让变更登记（填公司与转让人）、"
                    + "不动产权属登记（填证书号或单元号）、机动车登记（填车辆识别代号）。");
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each row as a request, with its Excel row number. */
    List<Row> read(InputStream in) {
        return XlsxTables.rows(in, HEADERS.size(), MAX_ROWS, "无法读取文件，请使用下载的 .xlsx 模板").stream()
                .map(r -> new Row(r.number(), request(r))).toList();
    }

    record Row(int number, EvidenceRequest request) {
    }

    private static EvidenceRequest request(XlsxTables.SheetRow r) {
        String id = r.cell(4) == null ? null : r.cell(4).toUpperCase(Locale.ROOT);
        boolean unit = UnifiedSocialCreditCode.isValid(id);
        return new EvidenceRequest(r.cell(0), r.cell(1), r.cell(2), new TaxpayerIdentity(r.cell(3),
                unit ? id : null, unit ? null : id), new EvidenceRequest.Transaction(r.cell(5), r.cell(6), r.cell(7),
                r.cell(8), r.cell(9)), r.cell(10) == null ? List.of() : Arrays.asList(r.cell(10).split("[、,，]")),
                amount(r.cell(11)), date(r.cell(12)), r.cell(13));
    }

    private static BigDecimal amount(String text) {
        try {
            return text == null ? null : new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
