from envboot.interfaces.cli.app import main

main()
