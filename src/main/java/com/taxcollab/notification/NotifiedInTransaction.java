package com.taxcollab.notification;

import java.util.HashSet;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who was already told about which task in the running transaction: a task created with an
 * assignee fires both "create" and "assignment", and the assignee should get one message, not two.
 */
final class NotifiedInTransaction {

    private static final Object KEY = NotifiedInTransaction.class;

    private NotifiedInTransaction() {
    }

    static void remember(String recipient, String taskId) {
        Set<String> told = told();
        if (told != null && taskId != null) {
            told.add(recipient + "|" + taskId);
        }
    }

    static boolean alreadyTold(String recipient, String taskId) {
        Set<String> told = told();
        return told != null && told.contains(recipient + "|" + taskId);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> told() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Set<String> told = (Set<String>) TransactionSynchronizationManager.getResource(KEY);
        if (told == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            told = fresh;
        }
        return told;
    }
}
