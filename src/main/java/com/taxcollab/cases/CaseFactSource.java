package com.taxcollab.cases;

/**
 * The extension point by which each process tells the case file what its cases are about; the case
 * file knows no process. One bean per case type.
 */
public interface CaseFactSource {

    CaseType type();

    /** The facts of a case of this type, read by someone the case file already let in. */
    CaseFacts of(String caseNumber);
}
