/**
 * The standard criteria bank and the standard layouts, as resources. Their resource packages are open, because the
 * core's loaders read them through this module's class loader.
 */
module no.kriteriebank.templates {
    requires transitive no.kriteriebank.core;

    exports no.kriteriebank.templates;

    opens no.kriteriebank.templates.bank;
    opens no.kriteriebank.templates.layouts;
    opens no.kriteriebank.templates.site;
}
