package com.taxcollab.bank;

import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.ProcessValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading what a bank or tax officer entered on a bank-assistance task, one way for every step. */
final class BankAnswers {

    private BankAnswers() {
    }

    static String required(VariableScope scope, String name, String label) {
        String value = ProcessValues.answer(scope, name);
        if (value == null) {
            throw new InvalidInputException(name, "必须填写" + label);
        }
        return value;
    }

    /** An amount of at least zero and at most the request's; null when the form left it out. */
    static BigDecimal amount(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new InvalidInputException(name, "必须填写" + label);
        }
        BigDecimal amount = new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP);
        Object requested = scope.getVariable(BankVariables.AMOUNT);
        BigDecimal limit = requested instanceof Number n ? new BigDecimal(n.toString()) : null;
        if (amount.signum() < 0 || limit != null && amount.compareTo(limit) > 0) {
            throw new InvalidInputException(name, label + "须在 0 至通知书所列金额之间");
        }
        return amount;
    }

    /** The end of the freeze's last day, as the term-end timer needs it. */
    static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ChinaTime.ZONE).toInstant());
    }

    static int termMonths(VariableScope scope) {
        return ((Number) scope.getVariable(BankVariables.TERM_MONTHS)).intValue();
    }
}
