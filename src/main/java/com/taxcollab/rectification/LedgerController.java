package com.taxcollab.rectification;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.Paging;
import com.taxcollab.system.XlsxTables;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger as JSON pages and as a spreadsheet, with the same filters and the same visibility. */
@RestController
@RequestMapping("/api/rectifications")
class LedgerController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_EXPORT_ROWS = 200_000;
    static final List<String> EXPORT_HEADERS = List.of("整改批次", "批次名称", "序号", "问题描述", "整改要求", "责任单位",
            "辖区", "责任人", "责任人身份证号", "整改期限", "灯色", "状态", "逾期工作日", "延期次数", "退回次数", "已升级督办",
            "证据材料", "销号时间");
    private static final DateTimeFormatter CLOSED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ItemLedger ledger;
    private final CurrentUserService currentUsers;

    LedgerController(ItemLedger ledger, CurrentUserService currentUsers) {
        this.ledger = ledger;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/items")
    ItemLedger.Page items(@RequestParam(required = false) String light, @RequestParam(required = false) String status,
            @RequestParam(required = false) String department, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String batch, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        Paging.of(page, size, ItemLedger.MAX_PAGE_SIZE);
        LedgerFilter filter = LedgerFilter.of(light, status, department, jurisdiction, batch);
        return ledger.search(user(), filter, page, size);
    }

    @GetMapping("/items.xlsx")
    void export(@RequestParam(required = false) String light, @RequestParam(required = false) String status,
            @RequestParam(required = false) String department, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String batch, HttpServletResponse response) throws IOException {
        LedgerFilter filter = LedgerFilter.of(light, status, department, jurisdiction, batch);
        CurrentUser user = user();
        // streaming workbook: only a window of rows is held in memory, whatever the ledger's size
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("整改台账");
            XlsxTables.header(sheet, EXPORT_HEADERS, EXPORT_HEADERS.stream().map(h -> Math.max(12, h.length() * 3))
                    .toList());
            int[] r = {1};
            ledger.each(user, filter, MAX_EXPORT_ROWS, item -> write(sheet.createRow(r[0]++), item));
            response.setContentType(RectificationController.XLSX.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("整改台账.xlsx", StandardCharsets.UTF_8).build().toString());
            workbook.write(response.getOutputStream());
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, LedgerItem item) {
        Object[] values = {item.batch(), item.batchTitle(), item.position(), item.problem(), item.requirement(),
            item.departmentName(), item.jurisdictionName(), item.person(), item.personIdNumber(),
            item.dueDate().toString(), item.lightLabel(), item.statusLabel(), item.overdueWorkingDays(),
            item.extensions(), item.returns(), item.escalated() ? "是" : "否", item.evidence(),
            item.closedAt() == null ? null : item.closedAt().atZoneSameInstant(ChinaTime.ZONE).format(CLOSED_AT)};
        XlsxTables.cells(row, values);
    }

    private CurrentUser user() {
        return currentUsers.require();
    }
}
