package com.taxcollab.court;

/** The examples of the OpenAPI description: the contract, verbatim where it gives one. */
final class CourtApiExamples {

    static final String AUCTION = """
            {"type":"AUCTION_TAX_GUIDANCE","courtName":"连云港市海州区人民法院","courtCaseNumber":"（2026）苏0706执123号",\
            "jurisdiction":"haizhou",\
            "property":{"kind":"住宅","location":"海州区某某路1号2幢301室","certificateNo":"苏(2021)连云港市不动产权第0012345号",\
            "area":89.5,"appraisalPrice":1200000.00,"reservePrice":840000.00},\
            "owner":{"kind":"INDIVIDUAL","name":"张三","idNumber":"320706198001011236"},\
            "auction":{"platform":"人民法院诉讼资产网","plannedDate":"2026-12-20"}}""";

    static final String BANKRUPTCY = """
            {"type":"BANKRUPTCY","courtName":"连云港市海州区人民法院","courtCaseNumber":"（2026）苏0706破12号",\
            "jurisdiction":"haizhou","debtor":{"name":"连云港某某贸易有限公司","uscc":"91320706MA1N8K2L3D"},\
            "administrator":{"name":"江苏某某律师事务所","contact":"0518-85000000"},\
            "acceptedOn":"2026-11-20","claimDeadline":"2027-01-20","firstCreditorsMeeting":"2027-01-30"}""";

    static final String CREATED = """
            {"caseNumber":"PM-2026-000001","status":"OPEN","statusLabel":"办理中",\
            "links":{"self":"/api/court/cases/PM-2026-000001","events":"/api/court/cases/PM-2026-000001/events",\
            "casePage":"/cases/PM-2026-000001"}}""";

    static final String INVALID = """
            {"type":"urn:taxcollab:problem:invalid-input","title":"提交的内容有误","status":400,\
            "detail":"courtCaseNumber：案号格式不正确…；owner.idNumber：被执行人身份证号码不是有效的公民身份号码…",\
            "errors":[{"field":"courtCaseNumber","message":"案号格式不正确，应如（2026）苏0706执123号，案件类型代字须为执、执恢、破、破申、民初等"},\
            {"field":"owner.idNumber","message":"被执行人身份证号码不是有效的公民身份号码（18 位，校验码或出生日期不符）"}]}""";

    static final String CASE = """
            {"caseNumber":"PM-2026-000001","type":"AUCTION_TAX_GUIDANCE","typeLabel":"司法拍卖税费指引","status":"OPEN",\
            "statusLabel":"办理中","courtName":"连云港市海州区人民法院","courtCaseNumber":"（2026）苏0706执123号",\
            "jurisdiction":"haizhou","filedAt":"2026-12-01T10:00:00+08:00","closedAt":null,\
            "currentSteps":[{"step":"Task_ReportAuctionResult","name":"报告拍卖结果","dueDate":"2027-01-30T23:59:59+08:00",\
            "departments":["court"]}],"keyDates":{"plannedDate":"2026-12-20"},\
            "issued":[{"kind":"TAX_GUIDANCE","title":"税费指引","issuedAt":"2026-12-03T15:00:00+08:00",\
            "content":{"taxes":[{"tax":"增值税","basis":"个人出售住房：购买满2年免征；不满2年按全额3%征收率","bearer":"出卖人（被执行人）",\
            "estimatedAmount":25200.00}],"knownArrears":0,"notes":"…"},\
            "document":{"id":7,"kind":"税费指引","fileName":"税费指引-PM-2026-000001.pdf","mediaType":"application/pdf",\
            "href":"/api/court/cases/PM-2026-000001/documents/7"}}],"events":[],\
            "links":{"self":"/api/court/cases/PM-2026-000001"}}""";

    static final String SOLD = """
            {"type":"AUCTION_RESULT","result":"SOLD","date":"2026-12-20","price":900000.00,\
            "buyer":{"name":"李四","idNumber":"320706199003070023"}}""";
    static final String UNSOLD = """
            {"type":"AUCTION_RESULT","result":"UNSOLD","date":"2026-12-20","nextPlannedDate":"2027-01-15"}""";
    static final String WITHDRAWN = """
            {"type":"AUCTION_RESULT","result":"WITHDRAWN","date":"2026-12-18","notes":"当事人和解，撤回拍卖"}""";
    static final String DISTRIBUTION = """
            {"type":"DISTRIBUTION","amount":152300.55,"date":"2027-03-15"}""";
    static final String TERMINATED = """
            {"type":"PROCEDURE_TERMINATED","date":"2027-06-30","ruling":"（2026）苏0706破12号之三"}""";
    static final String RESCHEDULED = """
            {"type":"MEETING_RESCHEDULED","date":"2027-02-03"}""";

    static final String NOT_FOUND = """
            {"type":"urn:taxcollab:problem:not-found","title":"未找到","status":404,"detail":"案件不存在：PM-2026-000001"}""";
    static final String CONFLICT = """
            {"title":"当前状态不允许该操作","status":409,"detail":"当前环节不接受拍卖结果：税费指引尚未出具，或本轮结果已报告"}""";

    private CourtApiExamples() {
    }
}
