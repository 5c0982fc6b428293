/**
 * Kriteriebank's library: the criteria model, banks, tenders, rendering, the tender checker, exports and the
 * Miljødirektoratet report. Every package is exported except {@code no.kriteriebank.internal}, which is not API.
 * Jackson and Hibernate Validator read and check the records by reflection, so the packages that hold them are open
 * to those two; {@code check} is open to all because its law data and messages are resources read through a class
 * loader.
 */
module no.kriteriebank.core {
    requires com.fasterxml.jackson.annotation;
    requires freemarker;
    requires jakarta.validation;
    requires java.desktop; // FreeMarker's template tree nodes are javax.swing.tree.TreeNodes
    requires java.logging;
    requires java.management;
    requires jdk.management;
    requires org.hibernate.validator;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

    exports no.kriteriebank.bank;
    exports no.kriteriebank.check;
    exports no.kriteriebank.export;
    exports no.kriteriebank.model;
    exports no.kriteriebank.problem;
    exports no.kriteriebank.render;
    exports no.kriteriebank.render.outline;
    exports no.kriteriebank.report;
    exports no.kriteriebank.tender;

    opens no.kriteriebank.bank to tools.jackson.databind, org.hibernate.validator;
    opens no.kriteriebank.check;
    opens no.kriteriebank.export to tools.jackson.databind;
    opens no.kriteriebank.internal to tools.jackson.databind, org.hibernate.validator;
    opens no.kriteriebank.model to tools.jackson.databind, org.hibernate.validator;
    opens no.kriteriebank.report to tools.jackson.databind;
    opens no.kriteriebank.tender to tools.jackson.databind, org.hibernate.validator;
}
