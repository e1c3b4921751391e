package com.taxcollab.cases.search;

import com.taxcollab.cases.CaseStatus;
import com.taxcollab.cases.CaseType;
import java.time.LocalDate;

/** What to search for; null means any. Dates are days of opening in China time, both inclusive. */
record CaseQuery(String text, CaseType type, CaseStatus status, String jurisdiction, LocalDate from, LocalDate to) {
}
