// Starts Swagger UI on the description named in the page's <meta name="openapi-description">. A file of its own, not
// an inline script, so that the page's Content-Security-Policy can forbid inline scripts.
window.addEventListener('load', function () {
  var description = document.querySelector('meta[name="openapi-description"]').getAttribute('content');
  window.ui = SwaggerUIBundle({
    url: description,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
