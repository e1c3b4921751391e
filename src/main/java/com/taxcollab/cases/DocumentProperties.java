package com.taxcollab.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits of the case file's documents ({@code taxcollab.documents.*}). */
@ConfigurationProperties("taxcollab.documents")
record DocumentProperties(@DefaultValue("20MB") DataSize maxSize) {
}
