package com.taxcollab.system;

import java.util.Map;

/** What an HTTP error means, said to a person in Chinese: for problem+json and for error pages alike. */
final class ErrorTexts {

    private static final Map<Integer, String[]> TEXTS = Map.ofEntries(
            Map.entry(400, new String[] {"请求有误", "提交的内容无法处理，请检查后重试。"}),
            Map.entry(401, new String[] {"需要登录", "请先登录。"}),
            Map.entry(403, new String[] {"无权操作", "您没有执行此操作的权限；如果页面停留过久，请刷新后重试。"}),
            Map.entry(404, new String[] {"未找到", "您要找的页面或对象不存在，或不在您的办理范围内。"}),
            Map.entry(405, new String[] {"不支持的请求方法", "此地址不支持这种请求方法。"}),
            Map.entry(406, new String[] {"无法提供所要求的格式", "此地址无法以所要求的格式答复。"}),
            Map.entry(409, new String[] {"操作冲突", "此事项的状态已经改变，请刷新后重试。"}),
            Map.entry(413, new String[] {"内容过大", "上传的内容超过了允许的大小。"}),
            Map.entry(415, new String[] {"不支持的内容类型", "请以 JSON（application/json）或表单上传提交。"}),
            Map.entry(503, new String[] {"服务暂不可用", "系统暂时无法处理请求，请稍后重试。"}));

    private ErrorTexts() {
    }

    static String title(int status) {
        return texts(status)[0];
    }

    static String detail(int status) {
        return texts(status)[1];
    }

    private static String[] texts(int status) {
        return TEXTS.getOrDefault(status, status >= 500 ? new String[] {"系统错误", "系统出现错误，已记录，请稍后重试或联系系统管理员。"}
                : new String[] {"请求有误", "请求无法处理，请检查后重试。"});
    }
}
