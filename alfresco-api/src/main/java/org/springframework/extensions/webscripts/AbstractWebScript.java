package org.springframework.extensions.webscripts;

/**
 * Mirrors surf-webscripts' {@code org.springframework.extensions.webscripts.AbstractWebScript}; compile-only.
 * Declared without members: our web scripts only extend it and implement {@link WebScript#execute}. Like the real
 * class it declares no constructor, so Spring's abstract {@code webscript} parent bean can instantiate subclasses.
 */
public abstract class AbstractWebScript implements WebScript
{
}
