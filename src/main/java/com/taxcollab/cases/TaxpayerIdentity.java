package com.taxcollab.cases;

import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.ResidentIdNumber;
import com.taxcollab.system.validation.UnifiedSocialCreditCode;
import java.util.List;

/**
 * The taxpayer a request names: a name and either the 统一社会信用代码 (a unit) or the resident ID
 * number (a person), exactly one, checked; problems are named under {@code taxpayer}.
 */
public record TaxpayerIdentity(String name, String uscc, String idNumber) {

    public static final int MAX_NAME = 200;

    /** The checked, upper-cased identity number, or null with the problems added. */
    public String checkedId(List<FieldProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("taxpayer.name", "必须填写纳税人名称"));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("taxpayer.name", "纳税人名称不能超过 " + MAX_NAME + " 个字"));
        }
        boolean unit = uscc != null && !uscc.isBlank();
        boolean person = idNumber != null && !idNumber.isBlank();
        if (unit == person) {
            problems.add(new FieldProblem("taxpayer", "统一社会信用代码与身份证号码须填写其一"));
            return null;
        }
        String id = (unit ? uscc : idNumber).strip().toUpperCase();
        if (unit && !UnifiedSocialCreditCode.isValid(id)) {
            problems.add(new FieldProblem("taxpayer.uscc", "统一社会信用代码不正确：" + uscc));
        } else if (person && !ResidentIdNumber.isValid(id)) {
            problems.add(new FieldProblem("taxpayer.idNumber", "身份证号码不正确：" + idNumber));
        }
        return id;
    }

    /** Checks a taxpayer that may be missing altogether. */
    public static String checkedId(TaxpayerIdentity taxpayer, List<FieldProblem> problems) {
        if (taxpayer == null) {
            problems.add(new FieldProblem("taxpayer", "必须填写纳税人"));
            return null;
        }
        return taxpayer.checkedId(problems);
    }
}
