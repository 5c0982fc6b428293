package no.kriteriebank.model;

/** When the supplier hands in documentation. The order is the order of a tender's timeline. */
public enum DocumentationDue {
    /** With the tender. */
    WITH_TENDER("Med tilbudet", "Med tilbodet", "With the tender"),
    /** Before the contract is signed. */
    BEFORE_SIGNING("Før kontraktsinngåelse", "Før kontraktsinngåing", "Before the contract is signed"),
    /**
     * After signing but before the contract starts: for what a supplier can only have once it has the contract,
     * such as registration numbers of vehicles bought for it.
     */
    BEFORE_CONTRACT_START("Før kontraktsstart", "Før kontraktsstart", "Before the contract starts"),
    /** At delivery or start-up. */
    AT_DELIVERY("Ved levering", "Ved levering", "At delivery"),
    /** During the contract, periodically or on request. */
    DURING_CONTRACT("I kontraktsperioden", "I kontraktsperioden", "During the contract");

    private final LocalizedText label;

    DocumentationDue(String nb, String nn, String en) {
        this.label = new LocalizedText(nb, nn, en);
    }

    /** {@return the moment's name in each language} */
    public LocalizedText label() {
        return label;
    }
}
