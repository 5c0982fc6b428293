/**
 * The criteria model: immutable records for criteria, their parameters, documentation requirements and award
 * details, and the enums that classify them. Everything here is plain data; checking and loading live in
 * {@link no.kriteriebank.bank}.
 */
package no.kriteriebank.model;
