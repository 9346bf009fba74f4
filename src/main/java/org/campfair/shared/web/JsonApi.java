package org.campfair.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the organizers' and participants' JSON API whose errors
 * {@link ApiErrors} answers as problem details. The controllers live in the features they
 * serve; this is how the one advice finds them without importing them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JsonApi {
}
