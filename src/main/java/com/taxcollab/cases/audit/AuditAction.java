package com.taxcollab.cases.audit;

/** What was read (or refused) in a case file, and who logged in, failed to, was locked out or unlocked. */
public enum AuditAction {
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    LOGOUT("退出登录"),
    ACCOUNT_LOCKED("账号锁定"),
    ACCOUNT_UNLOCKED("账号解锁"),
    PASSWORD_CHANGED("修改密码"),
    PASSWORD_RESET("重置密码"),
    AUDIT_READ("查阅审计记录"),
    AUDIT_VERIFY("校验审计记录"),
    CASE_PAGE("案卷页面"),
    CASE_API("案卷接口"),
    DIAGRAM("流程图"),
    DOCUMENT("文书下载"),
    DOCUMENT_UPLOAD("文书上传"),
    IDENTITY_REVEALED("查看完整证件号码"),
    DOCUMENT_INTEGRITY_FAILURE("文书校验失败"),
    EXIT_CONTROL_CHECK("边控查询"),
    TAX_PAID_CHECK("完税核验"),
    TASK_PRESSED("催办"),
    TASK_REASSIGNED("转办"),
    SUBSTITUTE_SET("设置代理"),
    TASK_BY_SUBSTITUTE("代理办理");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
