package com.taxcollab.dispute;

import com.taxcollab.cases.RequestAttachment;
import java.util.List;

/**
 * {@code POST /api/disputes}: the jurisdiction, the departments in dispute (two or more), the matter
 * (which duty of the policy it concerns), a description and attachments (Base64 content).
 */
record DisputeRequest(String jurisdiction, String title, List<String> departments, String matter,
        String description, List<RequestAttachment> attachments) {
}
