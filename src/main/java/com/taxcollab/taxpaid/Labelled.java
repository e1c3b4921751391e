package com.taxcollab.taxpaid;

/** A choice people see by its Chinese name; a spreadsheet may give either the name or the code. */
interface Labelled {

    String label();
}
