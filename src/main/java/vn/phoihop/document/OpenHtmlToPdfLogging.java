package vn.phoihop.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to SLF4J like every other log of PhoiHop. By default it writes to
 * standard error through a console handler of its own, past the application's logging, and at INFO
 * for every document (style sheets parsed, fonts loaded). Here its warnings and errors keep their
 * level and its INFO becomes DEBUG; the logger names stay {@code com.openhtmltopdf.*}.
 */
final class OpenHtmlToPdfLogging implements XRLogger {

  private static boolean installed;

  private OpenHtmlToPdfLogging() {}

  /** Makes this openhtmltopdf's logger, once per JVM. */
  static synchronized void install() {
    if (!installed) {
      XRLog.setLoggerImpl(new OpenHtmlToPdfLogging());
      installed = true;
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger logger = LoggerFactory.getLogger(where);
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      logger.error(msg, th);
    } else if (value >= Level.WARNING.intValue()) {
      logger.warn(msg, th);
    } else if (value >= Level.FINE.intValue()) {
      logger.debug(msg, th);
    } else {
      logger.trace(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are the application's logging configuration (logging.level.com.openhtmltopdf).
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int value = diagnostic.getLevel().intValue();
    if (value >= Level.WARNING.intValue()) {
      return logger.isWarnEnabled();
    }
    return value >= Level.FINE.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
  }
}
