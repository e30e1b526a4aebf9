package dev.connect.sandbox.http;

/** Escaping for text put into HTML pages. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<style>body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;"
                + "background:#f5f6f8;color:#1d2433}main{max-width:560px;margin:40px auto;padding:24px;"
                + "background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.08)}"
                + "button{font-size:15px;padding:10px 18px;border-radius:8px;border:1px solid #ccd;cursor:pointer;"
                + "margin-right:8px}button.primary{background:#1d4ed8;color:#fff;border-color:#1d4ed8}"
                + ".muted{color:#667085;font-size:13px}code{background:#eef;padding:1px 4px;border-radius:4px}"
                + "</style></head><body><main>" + body + "</main></body></html>";
    }
}
