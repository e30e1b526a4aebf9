app()
