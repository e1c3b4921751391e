package com.taxcollab.auction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${auctionRounds.next(execution)}} on the flow back to 报告拍卖结果 after an unsold auction: the
 * first auction is round 1 (no variable yet), each re-auction the next round.
 */
@Component("auctionRounds")
public class AuctionRounds {

    public int next(DelegateExecution execution) {
        Object current = execution.getVariable(AuctionVariables.AUCTION_ROUND);
        int round = current == null ? 2 : ((Number) current).intValue() + 1;
        execution.setVariable(AuctionVariables.AUCTION_ROUND, round);
        return round;
    }
}
